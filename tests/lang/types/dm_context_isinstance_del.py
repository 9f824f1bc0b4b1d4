def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
import gc, sys
class CM:
    def __init__(self, ret): self.ret = ret
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else et, ev, type(tb).__name__)
        return self.ret
def w(ret, exc):
    with CM(ret) as v:
        print("body", v)
        if exc: raise ValueError("boom")
    return "done"
t(lambda: w(False, False))
t(lambda: w(False, True))
t(lambda: w(True, True))
t(lambda: w(1, True))
t(lambda: w("", True))
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): pass
def use(o):
    with o: pass
t(lambda: use(NoEnter()))
t(lambda: use(NoExit()))
t(lambda: use(5))
class EnterRaises:
    def __enter__(self): raise KeyError("k")
    def __exit__(self, *a): print("exit called?"); return True
t(lambda: use(EnterRaises()))
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("in exit")
def w2():
    with ExitRaises():
        raise ValueError("orig")
try: w2()
except RuntimeError as e: print("RE", e, repr(e.__context__))
class ExitBadBool:
    def __enter__(self): return self
    def __exit__(self, *a): return EBB()
class EBB:
    def __bool__(self): raise TypeError("bad bool")
def w3():
    with ExitBadBool():
        raise ValueError("orig")
t(w3)
# instance attribute __enter__ ignored
class InstEnter:
    pass
ie = InstEnter(); ie.__enter__ = lambda: 1; ie.__exit__ = lambda *a: 1
t(lambda: use(ie))
def gen_exit():
    for i in range(3):
        with CM(True):
            if i == 1: break
            continue
    return i
t(gen_exit)

# isinstance / issubclass
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instcheck", cls.__name__, inst); return inst == 42
    def __subclasscheck__(cls, sub):
        print("subcheck", cls.__name__, sub.__name__ if isinstance(sub, type) else sub); return sub is int
class A(metaclass=Meta): pass
t(lambda: isinstance(42, A))
t(lambda: isinstance(A(), A))
t(lambda: isinstance(1, (int, A)))
t(lambda: isinstance(1, (str, A)))
t(lambda: issubclass(int, A))
t(lambda: issubclass(A, A))
t(lambda: issubclass(bool, (str, A)))
t(lambda: issubclass(5, A))
t(lambda: issubclass(5, int))
t(lambda: issubclass(int, 5))
t(lambda: isinstance(1, 5))
t(lambda: isinstance(1, (int, 5)))
t(lambda: isinstance(1, (5, int)))
t(lambda: issubclass(int, (5,)))
class Abs:
    __bases__ = (int,)
class AbsInst:
    __class__ = Abs
t(lambda: issubclass(Abs(), int))
t(lambda: isinstance(AbsInst(), Abs()))
t(lambda: isinstance(AbsInst(), int))
class Ret:
    def __instancecheck__(self, i): return "yes"
t(lambda: isinstance(1, Ret()))
class RetBad(type):
    def __instancecheck__(cls, i): return BadB()
class BadB:
    def __bool__(self): raise ValueError("no bool")
class RB(metaclass=RetBad): pass
t(lambda: isinstance(1, RB))
t(lambda: isinstance(1, int | str))
t(lambda: isinstance(1, int | A))
t(lambda: issubclass(int, list[int]))
t(lambda: isinstance([], list[int]))
class FakeCls:
    __class__ = int
t(lambda: isinstance(FakeCls(), int))
t(lambda: type(FakeCls()) is FakeCls)

# __del__
class Del:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = Del(1); del d
print("after")
l = [Del(2), Del(3)]
del l
class Finalizer:
    def __repr__(self): return "<finalizer>"
    def __call__(self): raise ValueError("in del")
class DelErr:
    __del__ = Finalizer()
x = DelErr(); del x
print("after2", flush=True)
saved = []
class Resurrect:
    count = 0
    def __del__(self):
        Resurrect.count += 1
        print("res del", Resurrect.count)
        if Resurrect.count < 2: saved.append(self)
r = Resurrect(); del r
print(len(saved))
saved.clear()
print("after3", flush=True)
class Cyc:
    def __init__(self, n): self.n = n; self.me = self
    def __del__(self): print("cyc del", self.n)
c = Cyc(5); del c
gc.collect()
print("end", flush=True)
class DelLate:
    def __del__(self): print("late del")
keep = DelLate()
