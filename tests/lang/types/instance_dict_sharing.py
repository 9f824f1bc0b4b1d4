# Attributes of instances kept inline (shared keys), the __dict__ made on
# demand, and everything that must not notice the difference.
import sys, gc

class A:
    pass

a = A()
print("empty", vars(a), a.__dict__)
b = A()
b.x = 1
print("one", b.x, vars(b))
c = A()
for n in "abcde":
    setattr(c, n, ord(n))
print("five", vars(c), c.c, dir(c)[-5:])
d = A()
for i in range(40):
    setattr(d, "k%d" % i, i)
print("forty", len(vars(d)), d.k0, d.k39, list(vars(d))[:3], list(vars(d))[-3:])
e = A()
for n in "edcba":
    setattr(e, n, n)
print("reversed order", list(e.__dict__), [getattr(e, n) for n in "abcde"])
f = A()
f.a = 1; f.b = 2; f.c = 3
del f.b
print("deleted", vars(f))
f.b = 4
print("re-added", vars(f))
try:
    del f.zz
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    del f.b; del f.b
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    print(f.nope)
except AttributeError as ex:
    print(type(ex).__name__, ex)
g = A()
g.x = 1
dd = g.__dict__
dd["y"] = 2
g.z = 3
print("dict then attrs", vars(g), g.y, dd is g.__dict__)
del g.x
print(dd)
h = A()
h.q = 5
h.__dict__ = {"r": 6}
print("assigned", vars(h), hasattr(h, "q"), h.r)
try:
    h.__dict__ = [1]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    del h.__dict__
except TypeError as ex:
    print(type(ex).__name__, ex)
i = A()
i.__dict__.update({"m": 1, "n": 2})
print("update", i.m, i.n, vars(i))
j = A()
j.__dict__[1] = "int key"
j.s = "s"
print("non-str key", vars(j))

class Sub(A):
    def __init__(self):
        self.p = 1
        self.q = 2
s1 = Sub(); s2 = Sub()
s2.r = 3
print("sub", vars(s1), vars(s2), s1.p + s2.q)

class WithSlots:
    __slots__ = ("a", "__dict__")
ws = WithSlots()
ws.a = 1
ws.b = 2
print("slots+dict", ws.a, vars(ws))

class L(list):
    pass
l = L([1, 2])
l.tag = "t"
print("list sub", l, l.tag, vars(l))
class D(dict):
    pass
dx = D(a=1)
dx.tag = "u"
print("dict sub", dx, dx.tag, vars(dx))
class I(int):
    pass
ix = I(5)
ix.tag = "v"
print("int sub", ix, ix.tag, vars(ix))
class E(Exception):
    pass
ex = E("m")
ex.tag = "w"
print("exc sub", ex, ex.tag, vars(ex))

# gc
k = A()
print(gc.is_tracked(k), gc.get_referents(k))
k.lst = []
k.num = 1
print(gc.get_referents(k))
k.lst.append(k)
del k
print(gc.collect() >= 1)

# class attribute shadowing
class C:
    attr = "class"
    def meth(self):
        return "method"
cc = C()
print(cc.attr, cc.meth())
cc.attr = "inst"
cc.meth = lambda: "inst method"
print(cc.attr, cc.meth())
del cc.attr, cc.meth
print(cc.attr, cc.meth())

# __class__ assignment
class P: pass
class Q: pass
pp = P(); pp.v = 1; pp.w = 2
pp.__class__ = Q
print(type(pp).__name__, vars(pp), pp.v)
qq = Q(); qq.w = 3; qq.v = 4
print(vars(qq))
class Sl:
    __slots__ = ("__weakref__",)
try:
    P().__class__ = Sl
except TypeError as ex:
    print(type(ex).__name__, ex)

# getattr with str subclass names
class S(str): pass
o = A()
setattr(o, S("zz"), 1)
print(getattr(o, S("zz")), o.zz, vars(o))

# ---- collector, dir(), __getstate__, dict methods on a made dict ----
import gc, sys
a = A(); a.z = []; a.y = {}; a.x = ()
print(gc.get_referents(a))
b = A(); b.x = 1; b.y = [2]; b.z = [3]
print(gc.get_referents(b), list(vars(b)))
print([n for n in dir(b) if not n.startswith('__')])
print(a.__getstate__(), b.__getstate__())
c = A()
print(c.__getstate__())
print(c.__reduce_ex__(2)[2] if len(c.__reduce_ex__(2)) > 2 else None)
b.__dict__
print(gc.get_referents(b))
class S:
    __slots__ = ('p', '__dict__')
s = S(); s.p = [1]; s.q = [2]
print(gc.get_referents(s))
print(s.__getstate__())
print(gc.is_tracked(vars(A())))
d = A(); d.v = []
print(gc.is_tracked(d.__dict__))
print(sys.getsizeof(A().__dict__) > 0)
class WithInit:
    def __init__(self):
        self.a = 1; self.b = 2
w = [WithInit() for i in range(3)]
print([list(vars(x)) for x in w])
print(A().__dict__ == {}, A().__dict__ is not A().__dict__)
e = A(); e.k = 1; e.__dict__.clear(); print(vars(e), hasattr(e, 'k'))
e.k2 = 3; print(e.__dict__.popitem(), vars(e))

# ---- __class__ assignment between managed and unmanaged layouts ----
class X:
    pass
class Z:
    __slots__ = ('__weakref__',)
class Y:
    __slots__ = ()
for a, b in ((X, Z), (Z, X), (X, Y), (Y, X)):
    try:
        o = a(); o.__class__ = b; print("ok", type(o).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
