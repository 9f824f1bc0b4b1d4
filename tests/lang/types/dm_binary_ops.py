def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
import sys
ops = ["add","sub","mul","matmul","truediv","floordiv","mod","divmod","pow","lshift","rshift","and","xor","or"]
syms = {"add":"+","sub":"-","mul":"*","matmul":"@","truediv":"/","floordiv":"//","mod":"%","pow":"**","lshift":"<<","rshift":">>","and":"&","xor":"^","or":"|"}
def mk(name, ret):
    ns = {}
    for o in ops:
        def f(self, other, _o=o): print(name, _o, type(other).__name__); return ret
        def rf(self, other, _o=o): print(name, "r" + _o, type(other).__name__); return ret
        ns["__%s__" % o] = f
        ns["__r%s__" % o] = rf
    return type(name, (), ns)
NI = mk("NI", NotImplemented)
Y = mk("Y", "yes")
class Sub(Y): pass
for o in ops:
    if o == "divmod":
        t(lambda: divmod(NI(), NI()))
        t(lambda: divmod(NI(), 1))
        t(lambda: divmod(1, Y()))
        continue
    s = syms[o]
    t(lambda: eval("a %s b" % s, {"a": NI(), "b": NI()}))
    t(lambda: eval("a %s b" % s, {"a": NI(), "b": Y()}))
    t(lambda: eval("a %s b" % s, {"a": Y(), "b": Sub()}))
    t(lambda: eval("a %s b" % s, {"a": 1, "b": NI()}))
    t(lambda: eval("a %s b" % s, {"a": [], "b": NI()}))
    t(lambda: eval("a %s b" % s, {"a": None, "b": "s"}))
t(lambda: pow(NI(), 2, 3))
t(lambda: pow(Y(), 2, 3))
t(lambda: pow(2, Y(), 3))
t(lambda: pow(2, 3, Y()))
t(lambda: pow(None, 2, 3))
t(lambda: pow(1, 2, None))
t(lambda: pow(1, 2.0, 3))
class R3:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
t(lambda: pow(R3(), 2, 3))
t(lambda: pow(2, R3(), 3))
t(lambda: pow(2, R3()))
t(lambda: 2 ** R3())

# same type: reflected not tried
class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): print("radd called"); return 1
t(lambda: Same() + Same())
# subclass override of reflected
class P:
    def __add__(self, o): return "P.add"
    def __radd__(self, o): return "P.radd"
class C(P):
    def __radd__(self, o): return "C.radd"
class C2(P): pass
t(lambda: P() + C())
t(lambda: P() + C2())
t(lambda: C() + P())
class IntS(int):
    def __radd__(self, o): return "IntS.radd"
    def __rsub__(self, o): return "IntS.rsub"
t(lambda: 1 + IntS(2))
t(lambda: 1 - IntS(2))
t(lambda: 1 * IntS(2))
class FlS(float):
    def __rtruediv__(self, o): return "FlS.rtd"
t(lambda: 1 / FlS(2))
t(lambda: 1.0 / FlS(2))

# inplace
class IA:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print("iadd"); return NotImplemented
    def __add__(self, o): print("add"); return IA(self.v + o)
    def __repr__(self): return "IA(%r)" % self.v
x = IA(1); x += 2; print(x)
class IOnly:
    def __iadd__(self, o): return NotImplemented
def iadd(a, b):
    a += b
    return a
def isub(a, b): a -= b; return a
def imul(a, b): a *= b; return a
def ipow(a, b): a **= b; return a
def imatmul(a, b): a @= b; return a
def ior(a, b): a |= b; return a
t(lambda: iadd(IOnly(), 1))
t(lambda: isub(IOnly(), 1))
t(lambda: imul(IOnly(), IOnly()))
t(lambda: ipow(IOnly(), 2))
t(lambda: imatmul(1, 2))
t(lambda: ior([], 2))
t(lambda: ior({}, []))
t(lambda: iadd([], 5))
t(lambda: iadd((), [1]))
t(lambda: iadd("a", 1))
t(lambda: imul([1], 2.0))
t(lambda: imul("a", "b"))
class RO:
    def __radd__(self, o): return "RO.radd"
    def __rmul__(self, o): return "RO.rmul"
t(lambda: iadd(1, RO()))
t(lambda: iadd([], RO()))
t(lambda: imul([1], RO()))
t(lambda: [1] * RO())
t(lambda: "ab" * RO())
class Idx:
    def __index__(self): return 3
t(lambda: [1] * Idx())
t(lambda: Idx() * "ab")
t(lambda: imul([0], Idx()))
t(lambda: (1,) * 2.5)
t(lambda: "a" * -1)

# unary
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
t(lambda: (-U(), +U(), ~U(), abs(U())))
t(lambda: -object())
t(lambda: +"s")
t(lambda: ~1.5)
t(lambda: abs("s"))
t(lambda: -None)
