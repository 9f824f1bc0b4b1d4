# map and filter: laziness, several iterables, None as a predicate.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [5, 2], [100, 100])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(bool, [0, 3])))
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls, next(m), calls)
print(list(m), calls, list(m))
attempt("map none", lambda: map())
attempt("map one", lambda: map(str))
attempt("map int", lambda: map(str, 1))
attempt("filter one", lambda: filter(None))
attempt("filter int", lambda: filter(None, 1))
attempt("filter kw", lambda: filter(None, [], x=1))
attempt("map raises", lambda: list(map(lambda x: 1 / x, [1, 0])))
attempt("filter raises", lambda: list(filter(lambda x: 1 / x, [1, 0])))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
evens_sq = list(map(lambda x: x * x, filter(lambda x: x % 2 == 0, range(10))))
print(evens_sq, sum(map(int, "12345")))
print(list(map(list, zip("ab", "cd"))), max(map(abs, [-7, 3])))
print(list(filter(str.isdigit, "a1b2c3")))
