import gc
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)
def scope():
    a = D("local")
scope(); print(log)
x = D("rebind"); x = None; print(log)
l = [D("l0"), D("l1")]; l.clear(); print(log)
d = {1: D("dv")}; d.pop(1); print(log)
class Resurrect:
    keep = []
    def __del__(self):
        print("resurrect del called")
        Resurrect.keep.append(self)
r = Resurrect(); del r
print(len(Resurrect.keep))
Resurrect.keep.clear()
print("no second del call")
class Cycle:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("cycle del", self.n, self.other.n if self.other else None)
a, b = Cycle("a"), Cycle("b")
a.other, b.other = b, a
del a, b
print("collected", gc.collect() >= 2)
class DelRaises:
    def __del__(self):
        raise RuntimeError("from del")
class Fin:
    def __repr__(self): return "<Fin>"
    def __call__(self): raise ValueError("fin")
class DelObj:
    __del__ = Fin()
import sys
o = DelObj(); del o
print("after unraisable", flush=True)
class DelAttrErr:
    def __del__(self): self.missing
class DelAE2:
    __del__ = Fin()
class DelInGen:
    def __del__(self): print("del in gen")
def g():
    x = DelInGen()
    yield 1
    yield 2
it = g(); next(it); del it
print("after gen")
def g2():
    try:
        yield 1
    finally:
        print("finally in gen")
it = g2(); next(it); del it
def g3():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
it = g3(); next(it); it.close(); it.close()
def g4():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = g4(); next(it)
t(lambda: it.close())
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", self.n); return False
    def __del__(self): print("del ctx", self.n)
with Ctx(1): pass
with Ctx(2) as c: pass
del c
print("end")
