def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
import math, sys
class I:
    def __init__(self, v): self.v = v
    def __index__(self): print("index"); return self.v
t(lambda: [0,1,2,3,4][I(1):I(3)])
t(lambda: [0,1,2,3,4][I(1)])
t(lambda: "abcdef"[I(1)::I(2)])
t(lambda: range(I(5)))
t(lambda: range(I(1), I(5), I(2))[I(1)])
t(lambda: bin(I(5)))
t(lambda: hex(I(255)))
t(lambda: oct(I(8)))
t(lambda: bin(I("x")))
t(lambda: bin(I(1.5)))
t(lambda: hex(I(True)))
class IS(int): pass
t(lambda: hex(I(IS(3))))
t(lambda: [1,2][I("x")])
t(lambda: [1,2][I(2**100)])
L12 = [1, 2]; T12 = (1, 2); SAB = "ab"
t(lambda: L12[1.5])
t(lambda: L12["a"])
t(lambda: [1,2][None:None])
t(lambda: [1,2][1.5:])
t(lambda: T12["a"])
t(lambda: SAB[1.0])
t(lambda: range(1.5))
t(lambda: range(I(1.5)))
t(lambda: int(I(3)))
t(lambda: float(I(3)))
t(lambda: complex(I(3)))
t(lambda: round(1.5, I(0)))
t(lambda: (1).__lshift__(I(2)))
t(lambda: 1 << I(2))
t(lambda: sys.getrecursionlimit.__name__)
t(lambda: "%x" % I(255))
t(lambda: "%d" % I(5))
t(lambda: "%c" % I(65))
t(lambda: format(I(5), "x"))
t(lambda: math.factorial(I(5)))
t(lambda: bytes(I(3)))
t(lambda: [0] * I(2))
t(lambda: chr(I(97)))
t(lambda: int.from_bytes(b"\x01", "big") + I(1))
class Int:
    def __int__(self): print("int"); return 7
t(lambda: int(Int()))
t(lambda: float(Int()))
t(lambda: [1][Int()])
t(lambda: hex(Int()))
t(lambda: "%d" % Int())
t(lambda: "%x" % Int())
t(lambda: complex(Int()))
class IntBad:
    def __int__(self): return 1.5
t(lambda: int(IntBad()))
class IntSubRet:
    def __int__(self): return True
t(lambda: int(IntSubRet()))
class Tr:
    def __trunc__(self): print("trunc"); return 9
t(lambda: int(Tr()))
t(lambda: math.trunc(Tr()))
class TrBad:
    def __trunc__(self): return "x"
t(lambda: int(TrBad()))
class TrI:
    def __trunc__(self): return I(4)
t(lambda: int(TrI()))
class Fl:
    def __float__(self): return 2.5
t(lambda: float(Fl()))
t(lambda: int(Fl()))
t(lambda: math.sqrt(Fl()))
t(lambda: complex(Fl()))
class FlBad:
    def __float__(self): return 1
t(lambda: float(FlBad()))
class FlSub:
    def __float__(self): return FS(3.0)
class FS(float): pass
t(lambda: float(FlSub()))
t(lambda: type(float(FlSub())))
class FlIdx:
    def __index__(self): return 5
t(lambda: float(FlIdx()))
t(lambda: math.sqrt(FlIdx()))
t(lambda: float("x"))
t(lambda: float([]))
t(lambda: int([]))
t(lambda: int(None))
t(lambda: complex([]))
class Cx:
    def __complex__(self): return 1+2j
t(lambda: complex(Cx()))
class CxBad:
    def __complex__(self): return 1
t(lambda: complex(CxBad()))
t(lambda: abs(Cx()))
class Rd:
    def __round__(self, *a): return ("round", a)
t(lambda: round(Rd()))
t(lambda: round(Rd(), 2))
t(lambda: round(Rd(), None))
t(lambda: round(object()))
t(lambda: round(1.5, "x"))
t(lambda: round(2.5))
t(lambda: round(2.675, 2))
t(lambda: round(25, -1))
t(lambda: round(IS(25), -1))
class FC:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
t(lambda: math.floor(FC()))
t(lambda: math.ceil(FC()))
t(lambda: math.floor(Fl()))
t(lambda: math.ceil(Fl()))
t(lambda: math.floor("x"))
t(lambda: math.trunc(1.5))
t(lambda: math.trunc("x"))
class Fmt:
    def __format__(self, spec): return "F[" + spec + "]"
t(lambda: format(Fmt(), "abc"))
t(lambda: f"{Fmt():>5}")
t(lambda: "{:xy}".format(Fmt()))
t(lambda: format(Fmt()))
class FmtBad:
    def __format__(self, spec): return 5
t(lambda: format(FmtBad()))
t(lambda: f"{FmtBad()}")
t(lambda: format(object(), "x"))
t(lambda: format(object(), "")[:15])
t(lambda: format(1, 5))
t(lambda: format(1, "q"))
t(lambda: format("s", "d"))
t(lambda: format(1.5, "d"))
t(lambda: format([], "x"))
class Rp:
    def __repr__(self): return 5
t(lambda: repr(Rp()))
t(lambda: str(Rp()))
class St:
    def __str__(self): return 5
t(lambda: str(St()))
t(lambda: print(St()))
t(lambda: f"{St()}")
t(lambda: "%s" % St())
class SS(str): pass
class StS:
    def __str__(self): return SS("x")
t(lambda: type(str(StS())))
class By:
    def __bytes__(self): return b"by"
t(lambda: bytes(By()))
class ByBad:
    def __bytes__(self): return "x"
t(lambda: bytes(ByBad()))
t(lambda: bytes("x"))
t(lambda: bytes(1.5))
class ByNone:
    __bytes__ = None
t(lambda: bytes(ByNone()))
