def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __getattribute__(self, name):
        print("gA", name)
        if name == "boom":
            raise AttributeError("nope")
        if name == "other":
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("ga", name)
        if name == "x2":
            raise AttributeError("x2 missing")
        return name * 2
a = A()
a.y = 1
t(lambda: a.y)
t(lambda: a.boom)
t(lambda: a.zz)
t(lambda: a.x2)
t(lambda: a.other)
t(lambda: getattr(a, "boom", "dflt"))
t(lambda: hasattr(a, "x2"))
t(lambda: getattr(a, 1))
t(lambda: setattr(a, 1, 2))
t(lambda: delattr(a, 1))

class B:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v * 2)
    def __delattr__(self, k):
        print("del", k)
        if k == "bad": raise AttributeError(k)
        super().__delattr__(k)
b = B()
b.q = 3
print(b.q, b.__dict__)
del b.q
t(lambda: delattr(b, "q"))
t(lambda: delattr(b, "bad"))
class C: pass
c = C()
t(lambda: delattr(c, "nope"))
t(lambda: c.nope)
t(lambda: C.nope)
t(lambda: object().x)
t(lambda: setattr(object(), "x", 1))
t(lambda: setattr(1, "x", 1))
t(lambda: setattr(int, "x", 1))
t(lambda: delattr(int, "real"))
t(lambda: setattr(C, "__name__", 5))
t(lambda: delattr(C, "zz"))
t(lambda: [].zz)
t(lambda: (1).zz)
t(lambda: None.zz)
t(lambda: type.zz)
t(lambda: (lambda: 0).zz)

class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()))
class E:
    def __dir__(self):
        return 5
t(lambda: dir(E()))
class F:
    def __dir__(self):
        return ("z", "y")
print(dir(F()))
class G:
    x = 1
    def m(self): pass
g = G(); g.inst = 2
print([n for n in dir(g) if not n.startswith("__")])
print([n for n in dir(G) if not n.startswith("__")])
print(object.__dir__(g)[:3] == dir(g)[:3], type(object.__dir__(g)))
t(lambda: object.__getattribute__(g, 5))
t(lambda: object.__setattr__(g, 5, 1))
t(lambda: object.__setattr__(int, "x", 1))
t(lambda: object.__delattr__(g, "nope"))
t(lambda: type.__setattr__(C, "x", 1))
t(lambda: type.__setattr__(int, "x", 1))
t(lambda: type.__getattribute__(C, 5))
print(C.x)

class H:
    __slots__ = ("a",)
h = H()
t(lambda: h.a)
t(lambda: setattr(h, "b", 1))
t(lambda: h.b)
t(lambda: delattr(h, "a"))
h.a = 1
del h.a
t(lambda: h.a)

class M(type):
    def __getattr__(cls, n):
        return "meta-" + n
class K(metaclass=M): pass
print(K.foo)
t(lambda: K().foo)
