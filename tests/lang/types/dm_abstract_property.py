def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __init__(self, *a): pass
A.__abstractmethods__ = frozenset({"b", "a"})
t(lambda: A())
A.__abstractmethods__ = frozenset({"only"})
t(lambda: A())
A.__abstractmethods__ = frozenset()
t(lambda: type(A()).__name__)
A.__abstractmethods__ = ["x"]
t(lambda: A())
A.__abstractmethods__ = ()
t(lambda: type(A()).__name__)
A.__abstractmethods__ = {"z": 1, "y": 2}
t(lambda: A())
t(lambda: A.__abstractmethods__)
del A.__abstractmethods__
t(lambda: type(A()).__name__)
t(lambda: A.__abstractmethods__)
t(lambda: delattr(A, "__abstractmethods__"))
A.__abstractmethods__ = 5
t(lambda: A())
class B:
    __abstractmethods__ = frozenset({"m"})
t(lambda: type(B()).__name__)
class B2(A): pass
t(lambda: type(B2()).__name__)
A.__abstractmethods__ = frozenset({"q"})
t(lambda: object.__new__(A))
t(lambda: A.__new__(A))
class NewOverride:
    def __new__(cls): return object.__new__(cls)
NewOverride.__abstractmethods__ = frozenset({"x"})
t(lambda: NewOverride())

# property
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting")
    ro = property(lambda self: 1)
    wo = property(None, lambda self, v: print("wo set", v))
    noget = property()
p = P()
p.x = 5; print(p.x); del p.x
t(lambda: setattr(p, "ro", 2))
t(lambda: delattr(p, "ro"))
t(lambda: p.wo)
p.wo = 3
t(lambda: p.noget)
t(lambda: delattr(p, "wo"))
print(P.x.__doc__, P.ro.__doc__, P.x.fget.__name__, P.x.fset.__name__)
t(lambda: P.x.__isabstractmethod__)
class NamedRO:
    @property
    def val(self): return 1
t(lambda: setattr(NamedRO(), "val", 3))
t(lambda: delattr(NamedRO(), "val"))
t(lambda: NamedRO.val.__set__(NamedRO(), 4))
t(lambda: NamedRO.val.__get__(None, NamedRO) is NamedRO.val)
t(lambda: NamedRO.val.__get__(NamedRO()))
t(lambda: NamedRO.val.__name__)
class PS(property):
    "PS doc"
class PU:
    @PS
    def y(self):
        "y doc"
        return 2
t(lambda: PU.y.__doc__)
t(lambda: PU().y)
t(lambda: type(PU.y.setter(lambda s, v: 0)).__name__)
t(lambda: PS.__doc__)
class PS2(property): pass
t(lambda: PS2(lambda s: 1, doc="given").__doc__)
t(lambda: PS2(lambda s: 1).__doc__)
pp = property(lambda s: 1, doc="d")
t(lambda: pp.__doc__)
t(lambda: setattr(pp, "__doc__", "new"))
t(lambda: property(1).__get__(2))
t(lambda: property(fget=1, fset=2, fdel=3, doc=4).fdel)
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(x=1))
def getter(self):
    "getter doc"
    return 1
t(lambda: property(getter).__doc__)
class BadDocGetter:
    @property
    def __doc__(self): raise ValueError("no doc")
t(lambda: property(BadDocGetter()).__doc__)
t(lambda: repr(P.x)[:20])
class PropErr:
    @property
    def a(self): raise AttributeError("inner")
    def __getattr__(self, n): return "ga:" + n
t(lambda: PropErr().a)
# classmethod
class CM:
    @classmethod
    def c(cls, *a): return (cls.__name__, a)
    @classmethod
    @property
    def cp(cls): return "cp " + cls.__name__
    @staticmethod
    def s(*a): return a
class CM2(CM): pass
t(lambda: CM.c(1))
t(lambda: CM2().c(1))
t(lambda: CM.cp)
t(lambda: CM2().cp)
t(lambda: CM.__dict__["s"](1, 2))
t(lambda: callable(CM.__dict__["s"]))
t(lambda: CM.__dict__["c"](1))
t(lambda: CM.__dict__["c"].__func__.__name__)
t(lambda: CM.__dict__["c"].__wrapped__.__name__)
t(lambda: CM.__dict__["s"].__wrapped__.__name__)
t(lambda: CM.__dict__["c"].__isabstractmethod__)
t(lambda: classmethod(1).__get__(None, int)())
t(lambda: classmethod(1).__get__(5))
t(lambda: classmethod())
t(lambda: staticmethod())
t(lambda: staticmethod(1, 2))
t(lambda: classmethod(len, x=1))
t(lambda: staticmethod(len).__name__)
t(lambda: staticmethod(len).__doc__[:20])
t(lambda: classmethod(getter).__doc__)
t(lambda: classmethod(getter).__qualname__)
sm = staticmethod(getter); sm.attr = 1
t(lambda: sm.__dict__)
t(lambda: repr(staticmethod(len)))
t(lambda: repr(classmethod(len)))
t(lambda: CM.__dict__["c"].__get__(None)())
t(lambda: CM.__dict__["c"].__get__(None, None))
t(lambda: CM.__dict__["c"].__get__(CM())())
t(lambda: CM.__dict__["c"].__get__())
