# enumerate and zip, including zip(strict=True) errors.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

names = ["ann", "bob", "cy"]
ages = [31, 25, 47]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 1):
    print(i, name)
print(list(enumerate("ab", start=10)), list(enumerate([], 5)), list(enumerate("xy", -2)))
print(list(enumerate("ab", 10**20)))
print(list(zip(names, ages)), dict(zip(names, ages)))
print(list(zip()), list(zip([1, 2, 3])), list(zip("abc", range(10))))
print(list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
attempt("short 2", lambda: list(zip([1, 2], [1], strict=True)))
attempt("short 3", lambda: list(zip([1], [2], [], strict=True)))
attempt("long 2", lambda: list(zip([1], [2, 3], strict=True)))
attempt("long 3", lambda: list(zip([1], [2], [3, 4], strict=True)))
attempt("long 4", lambda: list(zip("a", "b", "c", "de", strict=True)))
attempt("zip kw", lambda: zip(x=1))
attempt("zip int", lambda: zip(1))
attempt("enum none", lambda: enumerate())
attempt("enum 3", lambda: enumerate([], 1, 2))
attempt("enum kw", lambda: enumerate([], x=1))
attempt("enum float start", lambda: enumerate([], 1.5))
attempt("enum str start", lambda: enumerate([], start="a"))
print(list(enumerate(iterable="ab", start=1)))
z = zip("ab", "cd", strict=False)
print(type(z).__name__, next(z), list(z), list(z))
pairs = [(1, 2), (3, 4)]
print([a + b for a, b in pairs], [i * x for i, x in enumerate([5, 5, 5])])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(list(zip(range(3), range(10, 13), range(20, 23))))
