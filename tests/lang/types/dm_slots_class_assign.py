def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
import sys, _weakref
class S:
    __slots__ = ("a", "b")
s = S()
t(lambda: s.__dict__)
t(lambda: _weakref.ref(s))
t(lambda: hasattr(s, "__weakref__"))
class SW:
    __slots__ = ("a", "__weakref__")
t(lambda: type(_weakref.ref(SW())).__name__)
t(lambda: SW().__weakref__)
class SD:
    __slots__ = ("a", "__dict__")
sd = SD(); sd.z = 1
t(lambda: sd.__dict__)
class Sub(S): pass
t(lambda: Sub().__dict__)
class Sub2(S):
    __slots__ = ("c",)
t(lambda: Sub2().__dict__)
s2 = Sub2(); s2.a = 1; s2.c = 3
t(lambda: (s2.a, s2.c))
t(lambda: s2.b)
class S3:
    __slots__ = "single"
t(lambda: S3.__slots__)
t(lambda: S3.single)
class S4:
    __slots__ = {"x": "doc x", "y": None}
t(lambda: S4.x.__doc__)
t(lambda: S4.y.__doc__)
class S5:
    __slots__ = iter(["i"])
t(lambda: S5.i)
class X1: __slots__ = ("a",)
class X2: __slots__ = ("b",)
try:
    class X3(X1, X2): pass
except TypeError as e: print("TypeError", e)
class E1: __slots__ = ()
class X4(X1, E1): pass
print(X4.__mro__)
try:
    class X5(int, X1): pass
except TypeError as e: print("TypeError", e)
try:
    class X6(int, str): pass
except TypeError as e: print("TypeError", e)
try:
    class X7(list, dict): pass
except TypeError as e: print("TypeError", e)
try:
    class V:
        __slots__ = ("v",)
        v = 5
except ValueError as e: print("ValueError", e)
try:
    class V2:
        __slots__ = ("__v",)
        _V2__v = 1
except ValueError as e: print("ValueError", e)
class V3:
    __slots__ = ("__p",)
    def __init__(self): self.__p = 1
print(V3.__slots__, sorted(k for k in V3.__dict__ if "p" in k), V3()._V3__p)
try:
    class V4:
        __slots__ = ("__dict__",)
    class V5(V4):
        __slots__ = ("__dict__",)
except TypeError as e: print("TypeError", e)
try:
    class V6(SW):
        __slots__ = ("__weakref__",)
except TypeError as e: print("TypeError", e)
try:
    class V7: __slots__ = ("a b",)
except TypeError as e: print("TypeError", e)
try:
    class V8: __slots__ = (1,)
except TypeError as e: print("TypeError", e)
try:
    class V9: __slots__ = 5
except TypeError as e: print("TypeError", e)
try:
    class V10(tuple): __slots__ = ("x",)
except TypeError as e: print("TypeError", e)
class V11(tuple): __slots__ = ()
print(V11((1,2)))
try:
    class V12(bytes): __slots__ = ("__weakref__",)
except TypeError as e: print("TypeError", e)
print(sys.getsizeof(S()) == sys.getsizeof(object()) + 16)
class Q: __slots__ = ("__qualname__",)
t(lambda: Q.__qualname__)
t(lambda: Q.__dict__["__qualname__"])
class SlotsAndDel:
    __slots__ = ("a",)
    def __del__(self): print("del slots", self.a)
x = SlotsAndDel(); x.a = 5; del x
class SlotDesc:
    __slots__ = ("a",)
t(lambda: SlotDesc.a.__get__(None, SlotDesc) is SlotDesc.a)
t(lambda: SlotDesc.a.__set__(SlotDesc(), 4))
t(lambda: SlotDesc.a.__delete__(S()))
class Sl3: __slots__ = ["a"]
o = Sl3()
t(lambda: object.__getattribute__(o, "a"))
# __class__ assignment
class A: pass
class B: pass
a = A()
a.__class__ = B; print(type(a).__name__)
t(lambda: setattr(a, "__class__", 5))
t(lambda: setattr(a, "__class__", int))
t(lambda: setattr(1, "__class__", bool))
t(lambda: setattr(S(), "__class__", A))
class S_: __slots__ = ("a", "b")
t(lambda: setattr(S(), "__class__", S_))
class S__: __slots__ = ("b", "a")
t(lambda: setattr(S(), "__class__", S__))
t(lambda: delattr(a, "__class__"))
class LS(list): pass
class LS2(list): pass
l = LS(); l.__class__ = LS2; print(type(l).__name__)
t(lambda: setattr(LS(), "__class__", list))
t(lambda: setattr([], "__class__", LS))
class MA(type): pass
class MB(type): pass
class CA(metaclass=MA): pass
t(lambda: setattr(CA, "__class__", MB))
t(lambda: setattr(CA, "__class__", type))
class MyMod(type(sys)): pass
import math
t(lambda: setattr(math, "__class__", MyMod))
t(lambda: type(math).__name__)
t(lambda: setattr(object(), "__class__", A))
t(lambda: setattr(A(), "__class__", object))
