class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__qualname__)
class Field:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, typ=None):
        return self if obj is None else obj.__dict__.get(self.name, 0)
class A(Base, tag="a"):
    f = Field()
    def who(self):
        return __class__.__name__, super().__class__.__name__
class B(A, tag="b"):
    def who(self):
        return ("B",) + super().who()
print(Base.registry, A.tag, B.tag, A.f.name, B().who(), B().f)
try:
    class C(Base, bogus=1): pass
except TypeError as e:
    print(e)
print(type(A.__dict__["who"]).__name__, A.who.__closure__[0].cell_contents)
def f():
    return [(lambda: k)() for k in range(2)], {k: (lambda: k) for k in "ab"}["a"]()
print(f())
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["made_by"] = m.__name__
        return super().__new__(m, name, bases, ns)
    def __call__(cls, *a):
        print("call", cls.__name__, a)
        return super().__call__(*a)
class P(metaclass=Meta):
    def __init__(self, x): self.x = x
p = P(3); print(p.x, P.made_by, type(P).__name__)
class Q:
    def __getattr__(self, n):
        if n.startswith("_"): raise AttributeError(n)
        return n.upper()
q = Q(); print(q.abc, getattr(q, "_x", "none"))
class R:
    def __repr__(self): return "R()"
    def __format__(self, spec): return "R:" + spec
print(f"{R()}", f"{R()!r}", f"{R():>5}", format(R(), "x"), str(R()))
x = [1, 2]
def divide(a, b):
    return a["num"] / b.den
class Frac: den = 0
divide({"num": 1}, Frac())
