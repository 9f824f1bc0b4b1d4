class A:
    def m(self): return "A.m"
    x = "A.x"
class B(A): pass
b = B()
def loop(n):
    out = []
    for i in range(n):
        out.append((b.m(), b.x, B.x))
    return out[-1]
print(loop(20))
A.m = lambda self: "new A.m"
A.x = "new A.x"
print(loop(20))
B.m = lambda self: "B.m"
print(loop(20))
del B.m
print(loop(20))
b.x = "inst x"
print(loop(20))
del b.x
class P:
    @property
    def x(self): return "prop"
B.__bases__ = (P,)
print(loop(20) if hasattr(B, "m") else [b.x for _ in range(20)][-1])
class C: pass
c = C()
def get(n):
    r = None
    for i in range(n):
        try: r = c.attr
        except AttributeError as e: r = str(e)
    return r
print(get(20))
C.attr = 1
print(get(20))
C.__getattr__ = lambda self, n: "ga " + n
del C.attr
print(get(20))
c.__dict__["attr"] = "in dict"
print(get(20))
class DataDescr:
    def __get__(self, o, t): return "descr"
    def __set__(self, o, v): pass
C.attr = DataDescr()
print(get(20))
del C.attr
print(get(20))
class M(type): pass
class K(metaclass=M): val = "K.val"
def kval(n):
    r = None
    for i in range(n): r = K.val
    return r
print(kval(20))
M.val = property(lambda cls: "meta prop")
print(kval(20))
del M.val
print(kval(20))
def call_len(o, n):
    r = None
    for i in range(n): r = len(o)
    return r
class L:
    def __len__(self): return 1
l = L()
print(call_len(l, 20))
L.__len__ = lambda self: 2
print(call_len(l, 20))
class G:
    def __init__(self): self.v = 1
gs = [G() for _ in range(3)]
def readv(n):
    r = None
    for i in range(n):
        for g in gs: r = g.v
    return r
print(readv(20))
G.v = property(lambda self: "class prop wins")
print(readv(20))
