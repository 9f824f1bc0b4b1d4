def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# __contains__ / __eq__ interplay in containers of user objects
class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"K({self.k})"
s = {K(1), K(2), K(1)}
t(lambda: len(s))
t(lambda: K(1) in s)
t(lambda: K(3) in s)
d = {K("a"): 1}
t(lambda: d[K("a")])
t(lambda: d[K("b")])
t(lambda: K("a") in d.keys())
t(lambda: [K(1), K(2)].index(K(2)))
t(lambda: [K(1), K(2)].remove(K(3)))
t(lambda: (K(1),).index(K(5)))
t(lambda: [K(1)].count(K(1)))
class HashChanges:
    def __init__(self): self.h = 1
    def __hash__(self): return self.h
    def __eq__(self, o): return self is o
hc = HashChanges()
st = {hc}
hc.h = 2
t(lambda: hc in st)
hc.h = 1
t(lambda: hc in st)
class EqRaises:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError("eq raised")
t(lambda: {EqRaises(), EqRaises()})
t(lambda: EqRaises() in {1: 2, EqRaises(): 3} if False else {EqRaises(): 1}.get(EqRaises()))
class Mutating:
    def __hash__(self): return 0
    def __eq__(self, o):
        dd.clear()
        return False
dd = {Mutating(): 1}
t(lambda: dd.get(Mutating()))
t(lambda: len(dd))
