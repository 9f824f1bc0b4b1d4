def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B: pass
class SA: __slots__ = ("x",)
class SB: __slots__ = ("x",)
class SC: __slots__ = ("y",)
class SD: __slots__ = ("x", "__dict__")
class SW: __slots__ = ("x", "__weakref__")
class SAsub(SA): pass
class SAsub2(SA): __slots__ = ()
def swap(o, cls):
    o.__class__ = cls
    return type(o).__name__
t(lambda: swap(SA(), SB))
t(lambda: swap(SA(), SC))
t(lambda: swap(SA(), SD))
t(lambda: swap(SA(), SW))
t(lambda: swap(SA(), SAsub))
t(lambda: swap(SA(), SAsub2))
t(lambda: swap(SAsub2(), SA))
t(lambda: swap(SAsub(), SA))
t(lambda: swap(A(), SA))
t(lambda: swap(SA(), A))
class LA(list): pass
class LB(list): __slots__ = ()
class LC(list): __slots__ = ("z",)
t(lambda: swap(LA(), LB))
t(lambda: swap(LB(), LA))
t(lambda: swap(LA(), LC))
class IA(int): pass
class IB(int): pass
t(lambda: swap(IA(1), IB))
t(lambda: swap(IA(1), int))
t(lambda: swap(1, IA))
class TA(tuple): pass
t(lambda: swap(TA(), tuple))
class M1(type): pass
class M2(type): pass
class K(metaclass=M1): pass
t(lambda: swap(K, M2))
class FA(float): pass
class FB(float):
    def extra(self): return "extra"
f = FA(1.0); swap(f, FB); t(lambda: f.extra())
class WithDel:
    def __del__(self): print("WithDel.__del__", type(self).__name__)
class WithoutDel: pass
o = WithoutDel(); o.__class__ = WithDel; del o
o = WithDel(); o.__class__ = WithoutDel; del o
print("done")
