def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
a, b = A(), B()
t(lambda: a + 1)
A.__add__ = lambda s, o: ("A.add", o)
t(lambda: a + 1); t(lambda: b + 1)
B.__add__ = lambda s, o: ("B.add", o)
t(lambda: b + 1)
del B.__add__
t(lambda: b + 1)
del A.__add__
t(lambda: b + 1)
A.__radd__ = lambda s, o: "A.radd"
t(lambda: 1 + b)
A.__len__ = lambda s: 5
t(lambda: len(b)); t(lambda: bool(b))
A.__bool__ = lambda s: False
t(lambda: bool(b))
A.__len__ = None
t(lambda: len(b))
A.__getitem__ = lambda s, k: k * 2
t(lambda: b[3]); t(lambda: list(zip(b, range(3))))
A.__iter__ = lambda s: iter("xy")
t(lambda: list(b))
A.__call__ = lambda s, *a: ("called", a)
t(lambda: b(1))
A.__repr__ = lambda s: "<A repr>"
t(lambda: repr(b)); t(lambda: str(b))
A.__str__ = lambda s: "A str"
t(lambda: str(b)); t(lambda: f"{b}")
A.__hash__ = lambda s: 42
t(lambda: hash(b))
A.__eq__ = lambda s, o: True
t(lambda: b == 1)
t(lambda: hash(b))
class C: pass
C.__eq__ = lambda s, o: True
t(lambda: hash(C()) is not None)
A.__getattr__ = lambda s, n: "dyn " + n
t(lambda: b.zzz)
del A.__getattr__
t(lambda: b.zzz)
A.__setattr__ = lambda s, n, v: print("setattr", n, v)
b.q = 1
del A.__setattr__
b.q = 2; t(lambda: b.q)
A.__contains__ = lambda s, x: x == "yes"
t(lambda: "yes" in b)
A.__index__ = lambda s: 2
t(lambda: [1, 2, 3][b]); t(lambda: hex(b))
A.__int__ = lambda s: 7
t(lambda: int(b))
A.__neg__ = lambda s: "neg"
t(lambda: -b)
A.__lt__ = lambda s, o: "lt"
t(lambda: b < 1); t(lambda: 1 > b)
A.__enter__ = lambda s: "entered"
A.__exit__ = lambda s, *a: None
def w():
    with b as v: return v
t(w)
A.__get__ = lambda s, i, o: "got"
class Holder: attr = B()
t(lambda: Holder.attr)
A.__set_name__ = lambda s, o, n: print("set_name", n)
class Holder2: attr = B()
A.__init_subclass__ = classmethod(lambda cls: print("init_subclass", cls.__name__))
class D(A): pass
A.__class_getitem__ = classmethod(lambda cls, x: ("cgi", x))
t(lambda: D[1])
# assigning dunders on builtins fails
t(lambda: setattr(int, "__add__", None))
t(lambda: setattr(list, "__len__", None))
t(lambda: setattr(object, "__repr__", None))
t(lambda: setattr(type, "__call__", None))
# special methods looked up on type, not instance
class E: pass
e = E(); e.__len__ = lambda: 3; e.__repr__ = lambda: "inst"
t(lambda: len(e)); t(lambda: repr(e)[:10])
# dunder via metaclass isn't used for instance ops
class M(type):
    def __len__(cls): return 10
class F(metaclass=M): pass
t(lambda: len(F)); t(lambda: len(F()))
# __getattribute__ not consulted for implicit lookups
class G:
    def __getattribute__(self, n):
        print("getattribute", n); return object.__getattribute__(self, n)
    def __len__(self): return 1
g = G()
t(lambda: len(g)); t(lambda: g.__len__())
# slot wrapper identity / reprs
t(lambda: A.__add__ if hasattr(A, "__add__") else "no")
t(lambda: type(int.__add__).__name__)
t(lambda: type((1).__add__).__name__)
t(lambda: int.__add__.__objclass__)
t(lambda: (1).__add__.__self__)
t(lambda: int.__add__(1, 2))
t(lambda: int.__add__(1, "x"))
t(lambda: int.__radd__(1, 2))
t(lambda: int.__add__(1))
t(lambda: int.__add__("x", 1))
t(lambda: int.__neg__(5))
t(lambda: int.__neg__(5, 1))
t(lambda: list.__getitem__([1, 2], 1))
t(lambda: list.__setitem__([1, 2], 1))
t(lambda: list.__len__([1]))
t(lambda: object.__init__(1, 2))
t(lambda: object.__new__(int))
t(lambda: object.__new__(5))
t(lambda: int.__new__(str))
t(lambda: int.__new__(bool, 1))
t(lambda: object.__reduce__(1)[0].__name__)
t(lambda: object.__subclasshook__())
t(lambda: object.__sizeof__(1))
t(lambda: object.__format__(1, "x"))
t(lambda: object.__format__(1, ""))
t(lambda: type.__repr__(int))
t(lambda: type.__repr__(1))
t(lambda: type.__call__(type, 1))
t(lambda: int.__init__(5, 1, 2, 3))
t(lambda: object.__init__(object()))
class K:
    def __init__(self, x): pass
t(lambda: K())
t(lambda: K(1, 2))
t(lambda: object.__init__(K(1), 1))
t(lambda: type(object()).__name__)
t(lambda: object(1))
class NoInit: pass
t(lambda: NoInit(1))
class NewOnly:
    def __new__(cls, *a): return super().__new__(cls)
t(lambda: type(NewOnly(1, 2)).__name__)
class InitOnly:
    def __init__(self, *a): pass
t(lambda: type(InitOnly(1)).__name__)
class NewBad:
    def __new__(cls, *a): return super().__new__(cls, *a)
t(lambda: NewBad(1))
class InitRet:
    def __init__(self): return 5
t(lambda: InitRet())
class NewOther:
    def __new__(cls): return 5
    def __init__(self): print("init not called")
t(lambda: NewOther())
