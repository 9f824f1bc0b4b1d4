log = []
class V:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): log.append("iadd"); self.v += o; return self
    def __add__(self, o): log.append("add"); return V(self.v + o)
    def __repr__(self): return f"V({self.v})"
class D:
    def __get__(self, o, t): log.append("get"); return o._d
    def __set__(self, o, v): log.append(("set", v)); o._d = v
class Holder:
    d = D()
    def __init__(self): self._d = V(1)
    def __getattr__(self, n): log.append("getattr " + n); return 0
    def __setattr__(self, n, v): log.append(("setattr", n)); object.__setattr__(self, n, v)
h = Holder(); log.clear()
h.d += 5; print(log, h._d); log.clear()
h.other += 1; print(log, h.other); log.clear()
class Seq:
    def __init__(self): self.data = {0: V(1)}
    def __getitem__(self, k): log.append(("getitem", k)); return self.data[k]
    def __setitem__(self, k, v): log.append(("setitem", k, v)); self.data[k] = v
s = Seq()
def key(): log.append("key"); return 0
def obj(): log.append("obj"); return s
obj()[key()] += 3; print(log); log.clear()
class Tup:
    def __init__(self): self.t = (1, 2)
tp = Tup()
tp.t += (3,); print(tp.t)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e: print("TypeError", e)
print(t)
class NoSet:
    def __getitem__(self, k): return [1]
try:
    NoSet()[0] += [2]
except TypeError as e: print("TypeError", e)
class ImmutableAdd:
    def __init__(self): self.n = 1
    def __add__(self, o): log.append("add only"); return self.n + o
ia = ImmutableAdd()
x = ia
x += 1
print(x, log); log.clear()
a = [1]; b = a
a += [2]; print(a is b, b)
a = (1,); b = a
a += (2,); print(a is b, b)
s1 = {1}; s2 = s1
s1 |= {2}; print(s1 is s2, s2)
d1 = {1: 1}; d2 = d1
d1 |= {2: 2}; print(d1 is d2, d2)
st = "a"; st2 = st
st += "b"; print(st is st2, st2)
