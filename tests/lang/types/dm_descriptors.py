def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class DD:
    def __init__(self, n="?"): self.n = n
    def __get__(self, inst, owner=None):
        print("get", self.n, type(inst).__name__, owner.__name__ if owner else owner)
        return 42
    def __set__(self, inst, v): print("set", self.n, v)
    def __delete__(self, inst): print("delete", self.n)
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name); self.n = name

class ND:
    def __get__(self, inst, owner=None):
        return "nd"
    def __set_name__(self, owner, name): print("nd set_name", name)

class A:
    d = DD()
    n = ND()
a = A()
print(a.d); a.d = 5; del a.d
a.__dict__["d"] = "inst"; print(a.d)
a.__dict__["n"] = "inst"; print(a.n)
print(A.d, A.n)
print(A.__dict__["d"].n)

class OnlySet:
    def __set__(self, inst, v): print("os set", v)
class B:
    x = OnlySet()
b = B()
print(type(b.x).__name__)
b.x = 3
b.__dict__["x"] = 9
print(b.x)
class OnlyDel:
    def __delete__(self, inst): print("od del")
class B2: x = OnlyDel()
b2 = B2()
del b2.x
t(lambda: setattr(b2, "x", 1))
print(b2.__dict__)

class GetOnlyData:
    def __get__(self, i, o): return "gd"
    __set__ = None
class B3: x = GetOnlyData()
t(lambda: setattr(B3(), "x", 1))

# set_name errors
class Bad:
    def __set_name__(self, owner, name): raise ValueError("bad set_name " + name)
try:
    class Z:
        q = Bad()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else None, getattr(e, "__notes__", None))

# set_name not called on later assignment
class Late: pass
Late.d = DD("late")
# set_name on type()
T = type("T", (), {"d": DD()})

# descriptor on metaclass
class Meta(type):
    md = DD("md")
    mnd = ND()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.md)
WithMeta.md = 3
print(WithMeta.mnd)
class WithMeta2(metaclass=Meta):
    mnd = "class own"
print(WithMeta2.mnd)
class Meta2(type):
    @property
    def prop(cls): return "metaprop " + cls.__name__
class W3(metaclass=Meta2):
    prop = "class attr"
print(W3.prop, W3().prop)

# class attribute descriptor __get__ with None inst
class Show:
    def __get__(self, inst, owner):
        return (inst, owner.__name__)
class S: s = Show()
print(S.s, S().s[1])
# __get__ called via type() with one arg?
print(Show().__get__(None, S))
# functions as descriptors
def f(self): return self
class U: pass
print(f.__get__(1)(), f.__get__(None, U) is f)
t(lambda: f.__get__())
t(lambda: f.__get__(None, None))
print(type(f.__get__(U(), U)).__name__)
# builtin method descriptors
t(lambda: list.append.__get__(None, list) is list.append)
t(lambda: list.append.__get__(1))
t(lambda: list.append(1, 2))
t(lambda: list.__dict__["append"](1, 2))
t(lambda: str.upper(1))
t(lambda: int.__add__("a", 1))
t(lambda: list.__len__(()))
t(lambda: dict.__dict__["fromkeys"])
t(lambda: dict.__dict__["fromkeys"].__get__(None, dict)([1]))
t(lambda: dict.__dict__["fromkeys"].__get__(None, int))
t(lambda: int.__dict__["real"].__get__(5))
t(lambda: int.__dict__["real"].__set__(5, 1))
t(lambda: int.__dict__["real"].__get__("x"))
t(lambda: type.__dict__["__name__"].__get__(int))
t(lambda: type.__dict__["__name__"].__set__(int, "x"))
t(lambda: type.__dict__["__dict__"].__get__(1))
print(repr(int.__dict__["real"]), repr(list.__dict__["append"]), repr(list.__dict__["__add__"]))
print(repr(dict.__dict__["fromkeys"]), repr(type.__dict__["__name__"]))
print(repr([].append)[:35], repr(list.__add__), repr([].__add__)[:36])
class SL: __slots__=("a","b")
print(repr(SL.a), type(SL.a).__name__)
t(lambda: SL.a.__get__(1))
t(lambda: SL.a.__set__(1, 1))
t(lambda: SL.a.__delete__(SL()))
print(SL.a.__name__, SL.a.__qualname__, SL.a.__objclass__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print(list.__add__.__name__, list.__add__.__qualname__)
print(int.real.__name__, int.real.__qualname__, int.real.__doc__)
