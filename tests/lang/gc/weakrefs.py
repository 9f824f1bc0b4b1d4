# Weak references: refs, callbacks, proxies, and what they refuse.
import _weakref


class Thing:
    def __init__(self, n):
        self.n = n

    def double(self):
        return self.n * 2

    def __repr__(self):
        return f"Thing({self.n})"


t = Thing(21)
r = _weakref.ref(t)
print(r() is t, r().double(), _weakref.getweakrefcount(t))
print(r is _weakref.ref(t))
notes = []
r2 = _weakref.ref(t, lambda ref: notes.append(ref is r2))
print(r2 is r, _weakref.getweakrefcount(t), len(_weakref.getweakrefs(t)))
print(r == r2, hash(r) == hash(t))
p = _weakref.proxy(t)
print(p.n, p.double(), repr(p)[:10])
p.n = 5
print(t.n, t.double())
del t
print(r(), notes, r2())
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
for bad in (1, "s", (1,), [1], {1: 2}, None):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


def f():
    return 42


rf = _weakref.ref(f)
print(rf()(), rf() is f)
cp = _weakref.proxy(f)
print(cp(), type(cp).__name__, type(p).__name__, type(r).__name__)
print(r.__callback__, r2.__callback__ is not None)


class Sub(_weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag


u = Thing(1)
s = Sub(u, None, tag="x")
print(s() is u, s.tag, isinstance(s, _weakref.ref))
d = {}
d["k"] = _weakref.ref(u)
del u
_weakref._remove_dead_weakref(d, "k")
print(d)
