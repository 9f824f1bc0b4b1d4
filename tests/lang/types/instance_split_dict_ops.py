# Every dict operation on an instance's __dict__ while it shares its
# class's keys (a split dict): order follows the instance, not the keys;
# deleting and re-adding, views, reversed, repr, comparison, copy, |,
# setdefault, pop, popitem, clear, and errors for changes while iterating.
import gc
import sys


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p = P(1, 2)
q = P(3, 4)
q.__dict__  # q's dict is made first
d = p.__dict__
print(d, len(d), "a" in d, "z" in d, d.get("b"), d.get("z", "dflt"))
print(list(d.keys()), list(d.values()), list(d.items()))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(repr(d.keys()), repr(d.items()), repr(d.values()))
print(d == {"b": 2, "a": 1}, d != {"a": 1}, d == q.__dict__, d == P(1, 2).__dict__)

# the instance's own order, whatever order the shared keys have
r = P(0, 0)
del r.a
r.c = 5
r.a = 6
print(vars(r), list(reversed(vars(r))))
rd = r.__dict__
del rd["b"]
rd["b"] = 7
print(rd, list(rd), list(reversed(rd.items())))

# attribute access sees the dict and the dict sees attributes
s = P(1, 2)
sd = s.__dict__
sd["a"] = 10
s.b = 20
s.new = 30
sd["other"] = 40
print(s.a, s.b, s.new, s.other, sd)
del s.a
print(sd, hasattr(s, "a"))
try:
    del sd["a"]
except KeyError as e:
    print("KeyError", e)
try:
    s.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del s.a
except AttributeError as e:
    print("AttributeError", e)
print(sd.pop("b"), sd.pop("b", "gone"), sd)
try:
    sd.pop("b")
except KeyError as e:
    print("KeyError", e)
print(sd.setdefault("b", 99), sd.setdefault("b", 100), sd)
print(sd.popitem(), sd, s.new)
sd.clear()
print(sd, vars(s), hasattr(s, "new"))
s.a = 1
print(vars(s), s.a)

# copies are independent
t = P([1], [2])
td = t.__dict__
c = td.copy()
c["a"] = "changed"
c["extra"] = 1
print(td, c, t.a)
print(td | {"b": 0, "z": 9}, td)
td |= {"z": 1}
print(td, t.z)
u = {}
u.update(td)
print(u, dict(td), {**td}, dict(td, w=1))

# changing the dict while iterating
v = P(1, 2).__dict__
try:
    for k in v:
        v["n" + k] = 1
except RuntimeError as e:
    print("RuntimeError", e)
v = P(1, 2).__dict__
it = iter(v)
next(it)
del v["b"]
v["b"] = 3
print(list(it))
v = P(1, 2).__dict__
it = iter(v.items())
print(next(it), it.__length_hint__())
v["a"] = 5
print(list(it))

# non-str keys, str subclasses
class S(str):
    pass


w = P(1, 2)
wd = w.__dict__
wd[S("a")] = "sub"
print(wd, w.a, type(list(wd)[0]).__name__)
x = P(1, 2)
xd = x.__dict__
xd[3] = "three"
xd["a"] = "A"
print(xd, x.a)
try:
    xd[[]] = 1
except TypeError as e:
    print("TypeError", e)
print(xd)

# gc sees the values; cycles through a split dict are collected
class N:
    pass


n = N()
n.me = n
n.lst = [n]
nd = n.__dict__
print(len(gc.get_referents(nd)), gc.is_tracked(nd))
m = N()
m.x = 1
print(gc.is_tracked(m.__dict__))
del n, nd
print(gc.collect() >= 2)

# keys views and set operations
y = P(1, 2).__dict__
print(y.keys() & {"a", "c"}, sorted(y.keys() | {"c"}), y.keys() - {"a"}, ("a", 1) in y.items())
print(sorted(y), max(y.values()), dict.fromkeys(y), dict.fromkeys(y, 0))
y2 = P(1, 2).__dict__
print(y == y2, y.items() == y2.items())
del y2["a"]
print(y == y2, y2)

# many names: the shared keys fill up and a dict combines
class M:
    pass


ms = [M() for _ in range(3)]
for j in range(35):
    md = ms[j % 3].__dict__
    md["k%d" % j] = j
print([len(o.__dict__) for o in ms], list(ms[2].__dict__)[:4], ms[1].k34)
print([sys.getsizeof(o.__dict__) for o in ms])
