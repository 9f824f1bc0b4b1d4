class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw); return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        ns["order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw): super().__init__(name, bases, ns)
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class Model(metaclass=Meta, table="t"):
    b = 2; a = 1
    def m(self): return __class__
print(Model.order, Model.injected, Model, Model().m(), type(Model))
class Default(dict):
    def __missing__(self, k): return f"<{k}>"
print(Default(a=1)["b"], "{a} {zz}".format_map(Default(a=1)))
class Proxy:
    def __init__(self, t): self._t = t
    def __getattr__(self, n):
        print("getattr", n); return getattr(self._t, n)
    def __setattr__(self, n, v):
        if n.startswith("_"): object.__setattr__(self, n, v)
        else: print("set", n, v); setattr(self._t, n, v)
    def __delattr__(self, n): print("del", n)
p = Proxy([3, 1, 2]); p.sort(); print(p._t, p.count(1))
try: p.y = 1
except AttributeError as e: print("AttributeError", e)
del p.z
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o)) if isinstance(o, (Num, int)) else NotImplemented
    def __radd__(self, o): print("radd"); return self + o
    def __iadd__(self, o): print("iadd"); self.v += o; return self
    def __eq__(self, o): return NotImplemented
    def __index__(self): return self.v
    def __repr__(self): return f"Num({self.v})"
n = Num(2); print(n + 3, 3 + n, sum([Num(1), Num(2)], Num(0))); n += 5; print(n, [0, 1, 2, 3, 4, 5, 6, 7, 8][n], bin(n), n == n, n != Num(7))
try: n + "s"
except TypeError as e: print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1, 2])), [*Seq(), *"ab"])
def counter():
    c = 0
    def inc(by=1):
        nonlocal c; c += by; return c
    return inc
inc = counter(); inc(); inc(5); print(inc(), inc.__closure__[0].cell_contents)
fs = [lambda: i for i in range(3)]; gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 4], y, {(z := k): z * 2 for k in "ab"})
first, *mid, last = range(6); (a, b), c = "xy", 3
print(first, mid, last, a, b, c, *range(3), sep="|")
d1 = {"a": 1}; d2 = {**d1, "b": 2, **{"a": 9}}; print(d2, d1 | {"c": 3}, [*d2], {*d2})
def kw(a, b=2, /, c=3, *args, d, e=5, **kws): return (a, b, c, args, d, e, kws)
print(kw(1, d=4), kw(1, 2, 3, 4, 5, d=6, f=7))
try: kw(1, 2, 3, b=9, d=1)
except TypeError as e: print(e)
try: kw()
except TypeError as e: print(e)
try: kw(1, c=1, c2=2)
except TypeError as e: print(e)
x = 10
def scope():
    global x
    x += 1
    return [x for x in range(2)], x
print(scope(), x)
class Slotted:
    __slots__ = ("a", "__weakref__")
    def __init__(self): self.a = 1
s = Slotted()
try: s.b = 2
except AttributeError as e: print(e)
print(Slotted.__slots__, hasattr(s, "__dict__"))
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
print(G[int], G["x"])
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("below absolute zero")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
t = Temp(); t.c = 25; print(t.c); del t.c; print(t.c)
try: Temp().c = -300
except ValueError as e: print(e)
class Base:
    def __init__(self): print("Base init"); super().__init__()
class L(Base):
    def __init__(self): print("L init"); super().__init__()
class R(Base):
    def __init__(self): print("R init"); super().__init__()
class D(L, R):
    def __init__(self): print("D init"); super().__init__()
D(); print([c.__name__ for c in D.__mro__])
print(type(lambda: 0).__name__, (lambda: 0).__name__, D.__init__.__qualname__, scope.__code__.co_varnames, kw.__defaults__, kw.__kwdefaults__)
i = 0
while True:
    i += 1
    if i > 5: break
    if i % 2: continue
    print("even", i)
else: print("never")
for j in range(3): pass
else: print("for-else", j)
try: pass
except Exception: pass
else: print("try-else")
finally: print("finally")
def f():
    try: return "try"
    finally: print("in finally")
print(f())
def g():
    for i in range(3):
        try: continue
        finally: print("fin", i)
g()
print(chained := 1 < 2 < 3 > 2, 1 < 2 > 3, (1, 2) < (1, 3), [1, [2]] == [1, [2]], None is None, not [], 0 or "" or [] or "x", 1 and 2 and 0)
print(isinstance(True, int), True + True, 7 // 2 * 2 + 7 % 2, -7 >> 1, 1 << 3, 6 & 3, 6 | 3, 6 ^ 3, ~6, 2 ** 3 ** 2, (-8) // 3)
print(f"{'nested ' + f'{1 + 1}'}", f"{x=}", f"{x + 1 = }", f"{3.14159=:.2f}", f"{'q'!r:>5}", f"{{literal}}")
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]), sorted("bca", key=None), list(map(str.upper, "ab")))
