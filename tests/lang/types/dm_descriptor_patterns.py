def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# classmethod/staticmethod/property interplay with inheritance and descriptors
class Base:
    @classmethod
    def create(cls, *a): return cls(*a)
    def __init__(self, *a): self.a = a
    def __repr__(self): return f"{type(self).__name__}{self.a}"
class Child(Base): pass
t(lambda: Child.create(1, 2))
t(lambda: Child().create(3))
cm = Base.__dict__["create"]
t(lambda: cm.__get__(None, Child)(4))
t(lambda: cm.__get__(Child())(5))
t(lambda: cm.__func__(Child, 6))
class WithSM:
    @staticmethod
    def helper(x): return x * 2
    def use(self): return self.helper(3), type(self).helper(4), WithSM.helper(5)
t(lambda: WithSM().use())
t(lambda: WithSM.__dict__["helper"](6))
t(lambda: WithSM.__dict__["helper"].__func__(7))
class CachedProp:
    def __init__(self, f): self.f = f; self.__doc__ = f.__doc__
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    calls = 0
    @CachedProp
    def expensive(self):
        "computed once"
        Data.calls += 1
        return [1, 2, 3]
d = Data()
t(lambda: (d.expensive, d.expensive, Data.calls, Data.expensive.__doc__))
class Typed:
    def __init__(self, tp): self.tp = tp
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, owner=None): return self if obj is None else getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, self.tp): raise TypeError(f"{self.name[1:]}: expected {self.tp.__name__}")
        setattr(obj, self.name, v)
class Rec:
    x = Typed(int); y = Typed(str)
    __slots__ = ("_x", "_y")
r = Rec()
r.x = 1; r.y = "s"
t(lambda: (r.x, r.y))
t(lambda: setattr(r, "x", "bad"))
t(lambda: setattr(r, "z", 1))
class AbstractProp:
    @property
    def p(self): raise NotImplementedError("subclass must implement p")
class Concrete(AbstractProp):
    p = 5
t(lambda: AbstractProp().p)
t(lambda: Concrete().p)
class OverrideWithProp(Concrete):
    @property
    def p(self): return super().p * 2
t(lambda: OverrideWithProp().p)
class PropWithSetterInChild(Base):
    _v = 0
    @property
    def v(self): return self._v
class ChildSetter(PropWithSetterInChild):
    @PropWithSetterInChild.v.setter
    def v(self, val): self._v = val * 10
c = ChildSetter(); c.v = 2
t(lambda: (c.v, PropWithSetterInChild.v is ChildSetter.v))
t(lambda: setattr(PropWithSetterInChild(), "v", 1))
class ClassProp:
    _registry = ["a"]
    @classmethod
    @property
    def registry(cls): return list(cls._registry)
t(lambda: ClassProp.registry)
t(lambda: ClassProp().registry)
