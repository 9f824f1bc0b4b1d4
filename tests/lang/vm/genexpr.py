squares = (x * x for x in range(6))
print(type(squares).__name__)
print(list(squares))
print(list(squares))

matrix = [[1, 2, 3], [4, 5, 6]]
print(list(x for row in matrix for x in row if x % 2))
print(sum(x for x in range(101)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(dict((k, len(k)) for k in ("a", "bb", "ccc")))
print(tuple(str(i) for i in range(3)))
print(sorted((w.lower() for w in "Banana apple Cherry".split()), key=len))

# the first iterable is evaluated immediately, the rest lazily
def source():
    print("source evaluated")
    return [1, 2, 3]

g = (x for x in source())
print("generator created")
print(next(g))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazy error:", e)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = list((lambda i=i: i) for i in range(3))
print([f() for f in funcs])

def scope():
    n = 10
    return list(x + n for x in range(3))

print(scope())
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(max((len(s), s) for s in ["pear", "fig", "banana"]))
print(next((x for x in range(10) if x > 5), None), next((x for x in [] if x), "none"))
