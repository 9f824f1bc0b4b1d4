def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Mapping:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k)
        self.d[k] = v
    def __delitem__(self, k):
        print("delitem", k)
        del self.d[k]
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Mapping()
    def __new__(mcs, name, bases, ns):
        print("new got", type(ns).__name__)
        return super().__new__(mcs, name, bases, ns.d)
class A(metaclass=M):
    x = 1
    y = x + 1
    del x
    def f(self): return __class__
print(A.y, A().f() is A, hasattr(A, "x"))
try:
    class B(metaclass=M):
        z = undefined_name
except NameError as e: print("NameError", e)
class PassThrough(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Mapping()
try:
    class C(metaclass=PassThrough):
        q = 1
except TypeError as e: print("TypeError", e)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases): return None
try:
    class E(metaclass=BadPrepare): pass
except TypeError as e: print("TypeError", e)
class RaisingSet(dict):
    def __setitem__(self, k, v):
        if k == "forbidden": raise KeyError("no " + k)
        super().__setitem__(k, v)
class RS(type):
    @classmethod
    def __prepare__(mcs, name, bases): return RaisingSet()
try:
    class F(metaclass=RS):
        ok = 1
        forbidden = 2
except KeyError as e: print("KeyError", e)
class G(metaclass=RS):
    ok = 1
print(type(G.__dict__).__name__, "ok" in G.__dict__)
class Ann(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Mapping()
    def __new__(mcs, name, bases, ns): return super().__new__(mcs, name, bases, ns.d)
class H(metaclass=Ann):
    a: int = 1
    b: str
print(H.__annotations__)
