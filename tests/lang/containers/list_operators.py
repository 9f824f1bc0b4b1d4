# +, *, +=, *=, comparisons, membership.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * a, a * 0, a * -1, [] * 10)
c = a
c += b
print(a, c is a)
c *= 2
print(a)
c *= 0
print(a, c is a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [1] == [1.0], [1, 2] != [1, 2])
print([] < [0], [[1]] < [[2]], [1, 2] <= [1, 2], [3] >= [2, 99])
print(2 in [1, 2], 5 not in [1, 2], [1] in [[1], 2], "a" in ["abc"])
attempt("list + tuple", lambda: [1] + (2,))
attempt("list * str", lambda: [1] * "3")
attempt("list * float", lambda: [1] * 2.0)
attempt("list < int", lambda: [1] < 1)
attempt("list < str elems", lambda: [1] < ["a"])
x = [1]
x += (2, 3)
x += "ab"
x += range(2)
print(x)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
