def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Base:
    def __init_subclass__(cls, /, flag=None, **kw):
        print("init_subclass", cls.__name__, flag, kw)
        super().__init_subclass__(**kw)
class S1(Base, flag=1): pass
t(lambda: type("S2", (Base,), {}, flag=2))
try:
    class S3(Base, other=3): pass
except TypeError as e: print("TypeError", e)
try:
    class S4(other=3): pass
except TypeError as e: print("TypeError", e)
t(lambda: object.__init_subclass__(1))
t(lambda: object.__init_subclass__(x=1))
class CG:
    def __class_getitem__(cls, item):
        return ("cg", cls.__name__, item)
print(CG[int], CG[1, 2])
class CG2(CG): pass
print(CG2["x"])
t(lambda: CG()[1])
class NoCG: pass
t(lambda: NoCG[1])
t(lambda: type[int])
print(list[int], dict[str, int], type(list[int]))
class ME:
    def __mro_entries__(self, bases):
        print("mro_entries", [type(b).__name__ for b in bases])
        return (object, Base)
try:
    class X(ME()): pass
except TypeError as e: print("TypeError", e)
class ME2:
    def __mro_entries__(self, bases):
        print("mro_entries2", len(bases))
        return (Base,)
class X(ME2(), flag="via entries"): pass
print(X.__mro__, [type(b).__name__ for b in X.__orig_bases__])
try:
    class X2(ME2(), ME2()): pass
except TypeError as e: print("TypeError", e)
class MEbad:
    def __mro_entries__(self, bases): return 5
try:
    class Y(MEbad()): pass
except TypeError as e: print("TypeError", e)
t(lambda: type("Z", (ME(),), {}))
t(lambda: type("Z", (ME2(),), {}))
try:
    class Z(5): pass
except TypeError as e: print("TypeError", e)
try:
    class Z2(int, 5): pass
except TypeError as e: print("TypeError", e)

class NS(dict):
    def __setitem__(self, k, v):
        print("ns set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        if k == "magic": return 99
        return super().__getitem__(k)
class PM(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return NS()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", type(ns).__name__, sorted(ns))
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class P(metaclass=PM, k=1):
    a = 1
    b = magic
    def f(self): pass
print(P.b)
class PM2(type):
    def __prepare__(name, bases): return 5
try:
    class P2(metaclass=PM2): pass
except TypeError as e: print("TypeError", e)
class PM3(type):
    @classmethod
    def __prepare__(mcls, name, bases): return {"pre": 1}
class P3(metaclass=PM3): pass
print(P3.pre)
t(lambda: type.__prepare__("x", (), a=1))
print(type(type.__prepare__()))

class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
print(Callable()(1, x=2))
t(lambda: Base()(1))
class CM(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class CC(metaclass=CM):
    def __init__(self, x): self.x = x
print(CC(5).x)
t(lambda: CC())
class NotCall: __call__ = None
t(lambda: NotCall()())
class CallAttr: pass
ca = CallAttr(); ca.__call__ = lambda: 1
t(lambda: ca())
five, s = 5, "s"
t(lambda: five())
t(lambda: s())
