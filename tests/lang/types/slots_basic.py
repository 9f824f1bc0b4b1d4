# __slots__: fixed attribute storage, no instance __dict__.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2)
print(v, v.x, v.y)
v.x = 10
print(v)
try:
    v.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(v, "__dict__"), hasattr(v, "__weakref__"))
print(type(Vec.x).__name__, Vec.x, Vec.__slots__)
del v.y
try:
    v.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del v.y
except AttributeError as e:
    print(type(e).__name__, e)
v.y = 5
print(v)


class Vec3(Vec):
    __slots__ = ("z",)


w = Vec3(1, 2)
w.z = 3
print(w, w.z, hasattr(w, "__dict__"))


class WithDict(Vec):
    pass


d = WithDict(1, 2)
d.extra = "ok"
print(d.extra, d.__dict__)


class Dyn:
    __slots__ = ("a", "__dict__")


x = Dyn()
x.a = 1
x.b = 2
print(x.a, x.__dict__)


class StrSlot:
    __slots__ = "only"


s = StrSlot()
s.only = "yes"
print(s.only, StrSlot.__slots__)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal(), [k for k in Private.__dict__ if "secret" in k])
print(Vec.x.__get__(v), Vec.x.__name__, Vec.x.__objclass__.__name__)
Vec.x.__set__(v, 99)
print(v.x)
try:
    Vec.x.__get__(1)
except TypeError as e:
    print(type(e).__name__, e)
