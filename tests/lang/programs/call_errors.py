def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 9, "z": 0}))
def g(x, /, y, *, z):
    return x, y, z
print(g(1, 2, z=3), g(1, y=2, z=3))
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, c=1, a=5),
    lambda: g(x=1, y=2, z=3),
    lambda: g(1, 2, 3),
    lambda: g(1, 2),
    lambda: g(1, 2, z=3, w=4),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: (lambda a, b, c: 0)(),
    lambda: (lambda *, k: 0)(),
    lambda: (lambda *, k, j: 0)(),
    lambda: (lambda a=1: 0)(1, 2),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
    lambda: (lambda a, *, b=1: 0)(1, 2, b=3),
    lambda: f(1, **{"a": 2}),
    lambda: f(1, c=1, **{"c": 2}),
    lambda: f(**{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int("x", base=10, foo=1),
    lambda: sorted([1], lambda x: x),
    lambda: dict.fromkeys(),
    lambda: "".join(1, 2),
    lambda: print(sep=1),
    lambda: max(),
    lambda: max([]),
    lambda: min(1),
    lambda: divmod(1),
    lambda: isinstance(1, 2),
    lambda: getattr(1),
    lambda: range(1, 2, 0),
    lambda: range("a"),
    lambda: [].sort(1),
    lambda: [].sort(key=1, reverse=2, x=3),
    lambda: {}.get(),
    lambda: {}.pop(),
    lambda: "a".split(1),
    lambda: "a".replace("a"),
    lambda: int.from_bytes(),
    lambda: round(1.5, "x"),
    lambda: zip(1),
    lambda: enumerate(),
    lambda: iter(1),
    lambda: next([]),
    lambda: sum([1], start="a"),
    lambda: sum(["a", "b"], ""),
    lambda: abs("x"),
    lambda: pow(2, 3, 0),
    lambda: pow(2.0, 3, 5),
    lambda: hash([]),
    lambda: object(1),
    lambda: type("x"),
    lambda: type(1, 2, 3),
    lambda: setattr(1, "a", 2),
    lambda: vars(1),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: bytes("x"),
    lambda: bytearray(-1),
    lambda: str(b"x", "bad-enc"),
    lambda: format(1, "q"),
    lambda: f"{1:{'x'}}",
    lambda: super(),
    lambda: frozenset([[]]),
    lambda: [1][1.0],
    lambda: (1,)["a"],
    lambda: "abc"[None],
    lambda: {}[[]],
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: [] + (),
    lambda: -"a",
    lambda: ~1.5,
    lambda: 1 < "a",
    lambda: None(),
    lambda: 1 .real(),
    lambda: callable(),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
def fwd(*args, **kwargs):
    return f(*args, **kwargs)
print(fwd(1, c=2), fwd(*range(4), c=0, **dict(x=1)))
first, *mid, last = range(6)
print(first, mid, last)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
*x, = "abc"
print(x)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, {*"aab"} == {"a", "b"})
if (n := len("hello")) > 3:
    print("walrus", n)
print([y for x in range(5) if (y := x * x) % 2])
data = [1, 2, 3]
while (item := data.pop() if data else None) is not None:
    print("popped", item)
