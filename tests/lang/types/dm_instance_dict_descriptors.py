def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
a = A()
a.x = 1
t(lambda: setattr(a, "__dict__", {"y": 2}))
t(lambda: a.y)
t(lambda: setattr(a, "__dict__", 5))
t(lambda: setattr(a, "__dict__", None))
t(lambda: delattr(a, "__dict__"))
t(lambda: a.__dict__)
a.z = 3
t(lambda: a.__dict__)
class DS(dict): pass
a.__dict__ = DS(q=1)
t(lambda: (a.q, type(a.__dict__).__name__))
t(lambda: A.__dict__["__dict__"].__get__(a))
t(lambda: A.__dict__["__dict__"].__set__(a, {}))
t(lambda: A.__dict__["__dict__"].__get__(1))
t(lambda: A.__dict__["__dict__"].__name__)
t(lambda: A.__dict__["__dict__"].__objclass__)
t(lambda: A.__dict__["__weakref__"].__get__(a))
t(lambda: a.__weakref__)
import _weakref
r = _weakref.ref(a)
t(lambda: a.__weakref__ is r)
t(lambda: setattr(a, "__weakref__", 1))
class MGA(type):
    def __getattribute__(cls, n):
        if n.startswith("v"): return "meta-ga " + n
        return super().__getattribute__(n)
class WM(metaclass=MGA):
    vv = "real"
    ww = "real w"
t(lambda: WM.vv)
t(lambda: WM.ww)
t(lambda: WM().vv)
class MSA(type):
    def __setattr__(cls, n, v):
        print("meta setattr", n, v)
        super().__setattr__(n, v)
    def __delattr__(cls, n):
        print("meta delattr", n)
        super().__delattr__(n)
class WS(metaclass=MSA): pass
WS.k = 1
del WS.k
t(lambda: WS.k)
ws = WS(); ws.k = 2
class MP(type):
    @property
    def p(cls): return "mp"
    @p.setter
    def p(cls, v): print("mp set", v)
class WP(metaclass=MP): pass
WP.p = 3
t(lambda: WP.p)
t(lambda: WP().p)
t(lambda: delattr(WP, "p"))
class Outer:
    class_attr = "ca"
    def meth(self): return "m"
o = Outer()
o.meth = lambda: "inst m"
t(lambda: o.meth())
t(lambda: Outer.meth(o))
del o.meth
t(lambda: o.meth())
o.class_attr = "shadow"
t(lambda: (o.class_attr, Outer.class_attr))
t(lambda: delattr(o, "class_attr"))
t(lambda: delattr(o, "class_attr"))
t(lambda: o.class_attr)
class GetOnly:
    def __get__(self, i, o): return "got"
class WithG: g = GetOnly()
wg = WithG()
wg.g = "set"
t(lambda: wg.g)
t(lambda: WithG.g)
class SetOnly:
    def __set__(self, i, v): print("SetOnly.set", v)
class WithS: s = SetOnly()
ws2 = WithS()
ws2.s = 1
t(lambda: type(ws2.s).__name__)
ws2.__dict__["s"] = "in dict"
t(lambda: ws2.s)
class ClassDescr:
    def __get__(self, i, o): return ("cd", i is None, o.__name__)
class HasCD: c = ClassDescr()
class SubCD(HasCD): pass
t(lambda: SubCD.c)
t(lambda: SubCD().c[:2])
t(lambda: super(SubCD, SubCD()).c[:2])
t(lambda: super(SubCD, SubCD).c)
class Raise:
    def __get__(self, i, o): raise AttributeError("from get")
class HasR:
    r = Raise()
    def __getattr__(self, n): return "fallback " + n
t(lambda: HasR().r)
t(lambda: HasR.r)
class Slotted:
    __slots__ = ("a",)
    b = 1
sl = Slotted()
t(lambda: setattr(sl, "b", 2))
t(lambda: sl.b)
t(lambda: Slotted.a.__get__(sl))
t(lambda: delattr(Slotted, "a"))
t(lambda: setattr(sl, "a", 1) or sl.a)
