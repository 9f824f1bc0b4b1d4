def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B: pass
class S1: __slots__ = ("a",)
class S2: __slots__ = ("a",)
class C(A): pass
def setb(cls, bases):
    cls.__bases__ = bases
    return [k.__name__ for k in cls.__mro__]
t(lambda: setb(C, (B,)))
t(lambda: setb(C, (A, B)))
t(lambda: setb(C, (S1,)))
class D(S1): __slots__ = ()
t(lambda: setb(D, (S2,)))
t(lambda: setb(D, (A,)))
t(lambda: setb(D, (list,)))
class E(list): pass
t(lambda: setb(E, (dict,)))
t(lambda: setb(E, (object,)))
class F: pass
class G(F): pass
t(lambda: setb(F, (G,)))
t(lambda: setb(F, ()))
t(lambda: setb(F, [A]))
t(lambda: setb(object, (A,)))
class M(type): pass
class WithM(metaclass=M): pass
t(lambda: setb(C, (WithM,)))
class H(A): x = 1
class I: x = 2
h = H()
H.__bases__ = (I,)
t(lambda: (h.x, isinstance(h, A), isinstance(h, I), H.__base__))
class J(A): pass
class J2(J): pass
J.__bases__ = (B,)
t(lambda: [k.__name__ for k in J2.__mro__])
class Flaky(type):
    armed = False
    def mro(cls):
        if Flaky.armed: raise ValueError("mro refused for " + cls.__name__)
        return type.mro(cls)
class A: pass
class B: pass
class C(A): pass
class D(C, metaclass=Flaky): pass
Flaky.armed = True
try:
    C.__bases__ = (B,)
except ValueError as e: print("ValueError", e)
print(C.__bases__, [k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
Flaky.armed = False
C.__bases__ = (B,)
print([k.__name__ for k in D.__mro__])
class E(A):
    def __add__(self, o): return "E.add"
class F(E): pass
class G:
    def __add__(self, o): return "G.add"
E.__bases__ = (G,)
print(F() + 1)
del E.__add__
print(F() + 1)
