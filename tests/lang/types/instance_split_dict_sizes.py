# sys.getsizeof of an instance's __dict__ in each state it can be in:
# CPython 3.11 keeps it split (sharing the class's keys, one word per
# value the shared keys could hold) through deletes, re-adds, new str
# names and copy(), and combines it for a non-str key, popitem, or when
# the shared keys are full.  Also which dicts start split at all.
import sys
gs = sys.getsizeof
class C:
    def __init__(self):
        self.x = 1; self.y = 2
C(); C()
def show(label, d): print(label, gs(d), list(d))
c = C(); d = c.__dict__; show("base", d)
del d["x"]; show("del x", d)
d["x"] = 5; show("readd x", d)
c = C(); d = c.__dict__; d["z"]=1; show("new z", d); d["w"]=1; show("new w", d)
c = C(); d = c.__dict__; del d["y"]; d["z"] = 3; show("del y new z", d)
c = C(); d = c.__dict__; show("pop", d); d.pop("x"); show("after pop", d)
c = C(); d = c.__dict__; print(d.popitem()); show("after popitem", d)
c = C(); d = c.__dict__; d.clear(); show("clear", d)
c = C(); d = c.__dict__; e = d.copy(); show("copy", e); show("orig", d)
c = C(); d = c.__dict__; e = d | {"x": 9}; show("or", e)
c = C(); d = c.__dict__; d |= {"x": 9}; show("ior same", d)
c = C(); d = c.__dict__; d |= {"n": 9}; show("ior new", d)
c = C(); d = c.__dict__; d.update(a=1, b=2); show("update", d)
c = C(); d = c.__dict__; d.setdefault("y", 0); show("setdef existing", d); d.setdefault("k", 0); show("setdef new", d)
c = C(); d = c.__dict__; d[1] = 1; show("int key", d)
class S(str): pass
c = C(); d = c.__dict__; d[S("s")] = 1; show("str subclass", d)
c = C(); d = c.__dict__; c.q = 1; show("attr after dict", d)
c = C(); del c.x; c.x = 3; d = c.__dict__; show("inline del readd", d)
class D: pass
o = D(); o.b = 1; o.a = 2; p = D(); p.a = 1; p.b = 2
show("D o", o.__dict__); show("D p", p.__dict__)
class L(list): pass
l = L(); l.x = 1; show("list sub setattr", l.__dict__)
l = L(); show("list sub", l.__dict__); l.__dict__["x"]=1; show("list sub after", l.__dict__)
class I(int): pass
i = I(); i.x = 1; show("int sub", i.__dict__)
class E(Exception): pass
e = E(); e.x = 1; show("exc sub", e.__dict__)
c = C(); del c.__dict__; c.x = 1; show("after del dict", c.__dict__)
c = C(); del c.__dict__; show("after del dict get", c.__dict__)
c = C(); d = c.__dict__; print(d == {"x":1,"y":2}, repr(d), list(reversed(d)), list(d.items()), list(d.values()))
c = C(); d = c.__dict__; d2 = dict(d); show("dict()", d2)
c = C(); d = c.__dict__; d2 = {}; d2.update(d); show("update into empty", d2)
c = C(); d = c.__dict__; print(d.__sizeof__())
c = C(); d = c.__dict__; del d["x"]; del d["y"]; show("emptied", d); d["y"] = 1; d["x"] = 2; show("refilled", d)

d = {"a": 1}; d[1] = 2; print("general", gs(d))
d = {"a": 1, "b": 2, "c": 3}; del d["a"]; e = {}; e.update(d); print("holey update", gs(e))
class F: pass
f = F()
for i in range(29): setattr(f, "n%d" % i, i)
d = f.__dict__; show("full keys", d); d["extra"] = 1; show("past full", d)
g = F(); show("after full", g.__dict__); g.n3 = 3; g.zz = 1; show("after full 2", g.__dict__)
class G: pass
g1 = G(); g2 = G(); d1 = g1.__dict__; d2 = g2.__dict__
d1["p"] = 1; d2["q"] = 2; d2["p"] = 3; show("g1", d1); show("g2", d2); show("g1 copy", d1.copy())
# a non-str key given to setdefault makes the table general first, even
# when an equal str key is already there
d = {"a": 1}; d.setdefault(S("a"), 0); print("setdefault str sub", gs(d), d)
d = {"a": 1}; d.setdefault(5, 0); print("setdefault int", gs(d), d)
c = C(); d = c.__dict__; d.setdefault(S("x"), 0); show("split setdefault str sub", d)
c = C(); d = c.__dict__; d.get(S("x")); print(S("x") in d); d[S("x")] = 2; show("split str sub store", d)
