def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
t(lambda: len(L(3)))
t(lambda: len(L(-1)))
t(lambda: len(L("x")))
t(lambda: len(L(2**100)))
t(lambda: len(L(-2**100)))
t(lambda: len(L(3.0)))
t(lambda: len(L(True)))
t(lambda: bool(L(-1)))
t(lambda: bool(L("x")))
t(lambda: bool(L(0)))
t(lambda: bool(L(2**100)))
class II:
    def __index__(self): return 4
t(lambda: len(L(II())))
class IntSub(int): pass
t(lambda: len(L(IntSub(7))))
t(lambda: len(5))
t(lambda: len(L))
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
t(lambda: bool(B(True)))
t(lambda: bool(B(1)))
t(lambda: bool(B(None)))
t(lambda: not B(0))
t(lambda: B(0) and 1)
def iff(x):
    if x: return "y"
    return "n"
t(lambda: iff(B(2)))
class BL:
    __bool__ = None
    def __len__(self): return 1
t(lambda: bool(BL()))
class BB:
    def __bool__(self): return False
    def __len__(self): return 1
t(lambda: bool(BB()))

class It:
    def __iter__(self): print("iter"); return iter([1, 2, 3])
class Gi:
    def __getitem__(self, i):
        print("gi", i)
        if i >= 3: raise IndexError
        return i * 10
class Co:
    def __contains__(self, x): return x
t(lambda: 2 in It())
t(lambda: 5 in It())
t(lambda: 10 in Gi())
t(lambda: 99 in Gi())
t(lambda: 1 in Co())
t(lambda: 0 in Co())
t(lambda: "" in Co())
t(lambda: [] not in Co())
t(lambda: 1 in 5)
t(lambda: 1 in B(1))
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
t(lambda: iter(NoIter()))
t(lambda: 1 in NoIter())
t(lambda: list(NoIter()))
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
t(lambda: 1 in NoContains())
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(NoRev()))
class Rev:
    def __reversed__(self): return iter("abc")
t(lambda: list(reversed(Rev())))
class SeqR:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
t(lambda: list(reversed(SeqR())))
t(lambda: reversed(5))
t(lambda: reversed(It()))
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
t(lambda: [x for x in BadIter()])
class NextOnly:
    def __next__(self): return 1
class ItRetNO:
    def __iter__(self): return NextOnly()
t(lambda: type(iter(ItRetNO())).__name__)

class M:
    def __getitem__(self, k): print("getitem", repr(k)); return k
    def __setitem__(self, k, v): print("setitem", repr(k), v)
    def __delitem__(self, k): print("delitem", repr(k))
m = M()
m[1]; m[1:2]; m[1:2:3]; m[::]; m[1, 2:3, ...]; m[:, None]
m[1] = 2; m[1:2] = 3; del m[::2]; del m["a"]
class RO:
    def __getitem__(self, k): return k
t(lambda: RO().__setitem__)
def setit(o): o[1] = 2
def delit(o): del o[1]
t(lambda: setit(RO()))
t(lambda: delit(RO()))
t(lambda: setit(5))
t(lambda: delit(5))
five = 5
t(lambda: five[1])
t(lambda: setit(()))
t(lambda: delit("s"))
t(lambda: setit(frozenset()))
t(lambda: object()[0])
t(lambda: int[0])

class DM(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
d = DM(a=1)
print(d["a"], d["b"], d.get("c"), "b" in d, d)
class DM2(dict):
    def __missing__(self, k): raise KeyError("custom " + k)
t(lambda: DM2()["x"])
class DM3(dict): pass
t(lambda: DM3()["x"])
dm3 = DM3(); dm3.__missing__ = lambda k: 1
t(lambda: dm3["x"])
class DM4(dict):
    __missing__ = 5
t(lambda: DM4()["x"])

class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): print("hint"); return 10
print(list(LH()))
class LHbad:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return -1
t(lambda: list(LHbad()))
class LHbad2:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return "x"
t(lambda: list(LHbad2()))
class LHni:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return NotImplemented
t(lambda: list(LHni()))
class LHlen:
    def __iter__(self): return iter([1, 2])
    def __len__(self): print("len"); return 2
t(lambda: list(LHlen()))
class LHlenbad:
    def __iter__(self): return iter([1, 2])
    def __len__(self): raise ValueError("lenerr")
t(lambda: list(LHlenbad()))
t(lambda: tuple(LHbad()))
t(lambda: bytearray(LHbad()))
