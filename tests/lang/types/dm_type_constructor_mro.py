def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type("A", (), {}))
t(lambda: type("A"))
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type("A", (), {}, 1))
t(lambda: type(1, (), {}))
t(lambda: type("A", 1, {}))
t(lambda: type("A", (), 1))
t(lambda: type("A", (1,), {}))
t(lambda: type("A", (int, str), {}))
t(lambda: type("A", (bool,), {}))
t(lambda: type("A\0b", (), {}))
t(lambda: type("A\udc00", (), {}))
t(lambda: type("A", (), {"__slots__": 1}))
t(lambda: type("A", (), {"__slots__": [1]}))
t(lambda: type("A", (), {"__slots__": ["1a"]}))
t(lambda: type("A", (), {"__slots__": ["a", "a"]}))
t(lambda: type("A", (), {"__slots__": ["__dict__", "__dict__"]}))
t(lambda: type("A", (), {"__slots__": ["__weakref__", "__weakref__"]}))
t(lambda: type("A", (), {"__slots__": ["a"], "a": 1}))
t(lambda: type("A", (int,), {"__slots__": ["a"]}))
t(lambda: type("A", (tuple,), {"__slots__": ["a"]}))
t(lambda: type("A", (int,), {"__slots__": ["__dict__"]}))
t(lambda: type("A", (int,), {"__slots__": ()}))
t(lambda: type("A", (), {"__qualname__": 5}))
t(lambda: type("A", (), {"__qualname__": "X.Y"}).__qualname__)
t(lambda: type("A", (), {"__module__": 5}).__module__)
t(lambda: type("A", (), {}).__module__)
t(lambda: type("A", (), {"__doc__": 5}).__doc__)
t(lambda: type("A", (), {"__classcell__": 5}))
t(lambda: type(type("A", (), {"__init_subclass__": lambda cls: 0}).__dict__["__init_subclass__"]).__name__)
t(lambda: type(type("A", (), {"__class_getitem__": lambda cls, x: 0}).__dict__["__class_getitem__"]).__name__)
t(lambda: type(type("A", (), {"__new__": lambda cls: 0}).__dict__["__new__"]).__name__)
t(lambda: type.__new__(type, "A", (), {}))
t(lambda: type.__new__(int, "A", (), {}))
t(lambda: type.__new__(1, "A", (), {}))
t(lambda: type.__new__())
t(lambda: type.__init__(int, 1, 2, 3, 4))
t(lambda: type.__init__(int, 1, 2))
t(lambda: type.__init__(int, 1, x=1))
t(lambda: type.__call__(int, "5"))
t(lambda: type.__call__(5))
t(lambda: type("A", (), {}, x=1))
# metaclass conflict
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e: print("TypeError", e)
t(lambda: M1("X", (B,), {}))
t(lambda: type("X", (A, B), {}))
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E))
t(lambda: type(type("F", (D, A), {})))
def func_meta(name, bases, ns, **kw):
    print("func_meta", name, bases, sorted(ns), kw)
    return 42
class G(A, B, metaclass=func_meta, k=1): pass
print(G)
try:
    class H(metaclass=5): pass
except TypeError as e: print("TypeError", e)
class MNew(type):
    def __new__(m, *a): return 5
class J(metaclass=MNew): pass
print(J)
# MRO errors
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e: print("TypeError", e)
class O1: pass
class O2: pass
class P1(O1, O2): pass
class P2(O2, O1): pass
try:
    class Q(P1, P2): pass
except TypeError as e: print("TypeError", e)
try:
    class R(X, X): pass
except TypeError as e: print("TypeError", e)
t(lambda: type("R", (X, X), {}))
class K1: pass
class K2: pass
class K3: pass
class K4(K1, K2): pass
class K5(K2, K3): pass
class K6(K4, K5): pass
print([c.__name__ for c in K6.__mro__])
print(K6.mro())
class MyMro(type):
    def mro(cls):
        print("custom mro", cls.__name__)
        return [cls, object]
class CM1(int, metaclass=MyMro): pass
print(CM1.__mro__)
class BadMro(type):
    def mro(cls): return [5]
t(lambda: BadMro("BM", (), {}))
class BadMro2(type):
    def mro(cls): return 5
t(lambda: BadMro2("BM", (), {}))
class BadMro3(type):
    def mro(cls): return [cls, int]
t(lambda: BadMro3("BM", (), {}))
t(lambda: BadMro3("BM", (list,), {}))
# __bases__ assignment
class Ba: pass
class Bb: pass
class Bc(Ba): pass
Bc.__bases__ = (Bb,)
print(Bc.__mro__)
t(lambda: setattr(Bc, "__bases__", ()))
t(lambda: setattr(Bc, "__bases__", (1,)))
t(lambda: setattr(Bc, "__bases__", (Bc,)))
t(lambda: setattr(Bc, "__bases__", (int,)))
t(lambda: setattr(Bc, "__bases__", 5))
t(lambda: setattr(int, "__bases__", (object,)))
t(lambda: delattr(Bc, "__bases__"))
t(lambda: setattr(Bc, "__mro__", ()))
t(lambda: setattr(Bc, "__name__", "x\0"))
t(lambda: setattr(Bc, "__name__", 5))
t(lambda: setattr(Bc, "__qualname__", 5))
t(lambda: delattr(Bc, "__name__"))
t(lambda: delattr(Bc, "__qualname__"))
t(lambda: setattr(int, "__name__", "x"))
t(lambda: setattr(int, "__qualname__", "x"))
t(lambda: setattr(int, "__module__", "x"))
t(lambda: setattr(int, "__doc__", "x"))
t(lambda: delattr(Bc, "__module__"))
t(lambda: delattr(Bc, "__doc__"))
t(lambda: delattr(Bc, "__abstractmethods__"))
t(lambda: Bc.__abstractmethods__)
t(lambda: type.__abstractmethods__)
t(lambda: delattr(Bc, "__annotations__"))
Bc.__name__ = "New"; print(Bc, Bc.__qualname__)
Bc.__qualname__ = "Q.N"; print(Bc, Bc.__name__)
