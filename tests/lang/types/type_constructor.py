# type() as a function and as a constructor, and its argument errors.
print(type(1), type("a"), type(type), type(None), type(print), type(lambda: 0))
Point = type("Point", (), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
p = Point()
p.x = 3
print(p, Point.__name__, Point.__qualname__, Point.__bases__, Point.__module__)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub(), Sub.y, Sub.__mro__[1] is Point, isinstance(Sub(), Point))
print(type.__new__(type, "Raw", (), {}).__name__)


class Meta(type):
    pass


for args in [(1,), (1, 2), ("a", (), {}, 1)]:
    try:
        Meta(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args, kwargs in [((1,), {"x": 2}), ((1, 2), {}), ((), {})]:
    try:
        type(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [(1, (), {}), ("n", [], {}), ("n", (), []), ("n", (1,), {}), ("n", (int, str), {}),
            ("n\x00m", (), {}), ("n", (bool,), {})]:
    try:
        type(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    type("Q", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "mod", "__doc__": "Q doc"})
print(Q.__qualname__, Q.__module__, Q.__doc__, repr(Q), "__qualname__" in Q.__dict__)
print(Meta("M", (), {}).__class__.__name__, type(Meta) is type, Meta.__mro__)
try:
    type.__init__(Q, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__init__(Q, 1, x=2)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__init__(Q, "a", (), {}))
NS = type("NS", (), dict(__slots__=("a",), b=2))
n = NS()
n.a = 1
print(n.a, n.b, hasattr(n, "__dict__"))


class Finalized:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)


f = Finalized("first")
del f
print("after del")
g = Finalized("second")
g = None
print("after rebind")
saved = []


class Phoenix:
    def __del__(self):
        print("Phoenix.__del__ runs once")
        saved.append(self)


Phoenix()
print(len(saved), type(saved[0]).__name__)
saved.clear()
print("cleared")
