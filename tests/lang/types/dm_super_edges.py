def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def free(self): return super().x
class A:
    x = 1
    f = free
t(lambda: A().f())
class B(A):
    def g(self):
        del self
        return super().x
    def h(*args): return super().x
    @staticmethod
    def s(): return super().x
    def cell(self):
        return __class__
    def k(self):
        def inner(): return __class__
        return inner()
t(lambda: B().g())
t(lambda: B().h())
t(lambda: B.h())
t(lambda: B.s())
t(lambda: B().cell())
t(lambda: B().k())
t(lambda: repr(super(B, B())).split(" at ")[0] if " at " in repr(super(B, B())) else repr(super(B, B()))[:30])
t(lambda: repr(super(B)))
t(lambda: repr(super(B, B)))
t(lambda: super(B, B()).__self_class__)
t(lambda: super(B).__self__)
t(lambda: super(B).__get__(B()).x)
t(lambda: super(B).__get__(None, B))
t(lambda: super(B, 1))
t(lambda: super(B, A))
t(lambda: super(1, 2))
t(lambda: super(B, B(), 3))
t(lambda: super(B, obj=B()))
t(lambda: super.__new__(super).__self__)
t(lambda: super(B, B()).__getattribute__("x"))
t(lambda: super(B, B()).__thisclass__)
t(lambda: type(super(A, A()).__repr__()))
class C:
    def __init_subclass__(cls, **kw):
        print("C.isc", cls.__name__)
        super().__init_subclass__(**kw)
class D(C):
    def __init_subclass__(cls, **kw):
        print("D.isc", cls.__name__)
        super().__init_subclass__(**kw)
class E(D): pass
class M(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        print("M.new", name, [k for k in ns if not k.startswith("__")])
        return cls
    def __call__(cls, *a, **k):
        print("M.call", cls.__name__)
        return super().__call__(*a, **k)
    @classmethod
    def cm(mcs): return super().__repr__
class F(metaclass=M):
    def method(self): return super().__repr__()[:10]
t(lambda: F().method())
t(lambda: type(M.cm()).__name__)
class G(F):
    def __init__(self):
        super().__init__()
        print("G init")
G()
t(lambda: super.__init__(super.__new__(super), 1, 2, 3))
t(lambda: super(x=1))
