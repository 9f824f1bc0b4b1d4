# Star-unpacking and container literals with unpacking.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

a, *b, c = range(6)
print(a, b, c)
*d, = "xyz"
print(d)
first, (second, *others) = 1, [2, 3, 4]
print(first, second, others)
print([*range(3), *"ab"], (*[1], *(2,)), {*[1, 2], *{3}}, {**{"a": 1}, "b": 2})
print(*[1, 2, 3], sep="-")
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, **dict(j=2)))
attempt("too many", lambda: [(p, q) for p, q in ["abc"]])
attempt("too few", lambda: [(p, q, r) for p, q, r in ["ab"]])
attempt("star too few", lambda: [(p, q, *r) for p, q, *r in [[1]]])
attempt("not iterable", lambda: [(p, q) for p, q in [5]])
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)
head, *tail = [1]
print(head, tail)
