def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    x = "A.x"
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s():
        return super().s()
    def nested(self):
        def inner():
            return super().f()
        return inner()
    def nested_lambda(self):
        return (lambda: super().f())()
    def gen(self):
        yield super().f()
    def comp(self):
        return [super().f() for _ in range(1)]
    def noself():
        return super().f()
    def x_attr(self): return super().x
    def del_self(self):
        del self
        return super().f()
    def reassign(self):
        self = 5
        return super().f()
    def sup_repr(self): return repr(super())
    def sup_self(self): return super().__self__, super().__self_class__, super().__thisclass__
b = B()
t(lambda: b.f())
t(lambda: B.c())
t(lambda: b.c())
t(lambda: B.s())
t(lambda: b.nested())
t(lambda: b.nested_lambda())
t(lambda: next(b.gen()))
t(lambda: b.comp())
t(lambda: B.noself())
t(lambda: b.x_attr())
t(lambda: b.del_self())
t(lambda: b.reassign())
t(lambda: b.sup_repr())
t(lambda: b.sup_self()[1:])
t(lambda: super())
def outside(): return super()
t(outside)
t(lambda: super(B, 5))
t(lambda: super(5, b))
t(lambda: super(B, A()))
t(lambda: super(A, B).f)
t(lambda: super(B, B).c())
t(lambda: super(B).f)
t(lambda: repr(super(B))[:24])
t(lambda: super(B, b).nope)
t(lambda: super(B, b).__class__)
t(lambda: super(B, b).f.__name__)
t(lambda: super(object, b).f)
t(lambda: super(B, b).__init__.__name__)
t(lambda: setattr(super(B, b), "x", 1))
class MetaSup(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        return cls
class WithMeta(metaclass=MetaSup):
    def g(self): return __class__
t(lambda: WithMeta().g())
class CellMeta(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, {k: v for k, v in ns.items() if k != "__classcell__"})
try:
    class Lost(metaclass=CellMeta):
        def g(self): return __class__
except Exception as e: print(type(e).__name__, e)
class Wrong(type):
    def __new__(m, name, bases, ns):
        return type.__new__(type, name, bases, ns)
# super with class cell in staticmethod of nested classes
class Outer:
    class Inner(A):
        def f(self): return "Inner>" + super().f()
t(lambda: Outer.Inner().f())
# super() first arg not instance
class C2(A):
    def m(*args): return super().f()
t(lambda: C2().m())
t(lambda: C2.m())
class C3(A):
    def m(self): 
        __class__ = 5
        return super().f()
t(lambda: C3().m())
class C4(A):
    def m(self):
        return super(__class__, self).f()
t(lambda: C4().m())
class Sup2(super): pass
t(lambda: type(Sup2(B, b)).__name__)
# super().__getattribute__ with data descriptors
class P:
    @property
    def p(self): return "P.p"
class Q(P):
    @property
    def p(self): return "Q>" + super().p
t(lambda: Q().p)
# super().__set_name__ / __init_subclass__ chain
class Diamond:
    def __init__(self): print("Diamond"); super().__init__()
class L(Diamond):
    def __init__(self): print("L"); super().__init__()
class R(Diamond):
    def __init__(self): print("R"); super().__init__()
class LR(L, R):
    def __init__(self): print("LR"); super().__init__()
LR()
print([c.__name__ for c in LR.__mro__])
