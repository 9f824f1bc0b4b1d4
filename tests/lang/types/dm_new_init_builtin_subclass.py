def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
t(lambda: A(1))
t(lambda: A(x=1))
class B:
    def __init__(self): pass
t(lambda: B(1))
class C:
    def __new__(cls): return super().__new__(cls)
t(lambda: C(1))
class D:
    def __init__(self, *a): pass
t(lambda: type(D(1, 2)).__name__)
t(lambda: type(object.__new__(D, 1)).__name__)
t(lambda: object.__new__(A, 1))
t(lambda: object.__init__(A(), 1))
t(lambda: object.__init__(D(), 1))
class E:
    def __new__(cls, *a): return object.__new__(cls, *a)
t(lambda: E(1))
class F:
    def __new__(cls, *a): return object.__new__(cls)
    def __init__(self, *a): super().__init__(*a)
t(lambda: F(1))
class Sub(A): pass
class RetSub:
    def __new__(cls): return object.__new__(SubRet)
    def __init__(self): print("RetSub init", type(self).__name__)
class SubRet(RetSub): pass
t(lambda: type(RetSub()).__name__)
class RetSuper(A):
    def __new__(cls): return A()
    def __init__(self): print("not called")
t(lambda: type(RetSuper()).__name__)
class IntSub(int):
    def __init__(self, v, extra=None): print("IntSub init", v, extra)
t(lambda: IntSub(5))
t(lambda: IntSub(5, 6))
class IntNew(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
t(lambda: IntNew(4))
class ListSub(list):
    def __init__(self, *a): print("ListSub init", a); super().__init__(*a)
t(lambda: ListSub([1], ))
t(lambda: ListSub([1], 2))
class DictSub(dict): pass
t(lambda: DictSub(a=1))
class StrSub(str):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v); o.tag = tag; return o
s = StrSub("hi", "T"); print(s, s.tag, type(s).__name__, s.upper(), type(s.upper()).__name__, type(s + "x").__name__)
class TupleSub(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
t(lambda: TupleSub(1, 2))
t(lambda: TupleSub(1, 2)[1:])
t(lambda: type(TupleSub(1, 2)[1:]).__name__)
class FloatSub(float):
    def __repr__(self): return "FloatSub(%s)" % float.__repr__(self)
t(lambda: FloatSub(1.5))
t(lambda: FloatSub(1.5) + 1)
t(lambda: [FloatSub(2)])
t(lambda: str(FloatSub(2)))
t(lambda: f"{FloatSub(2)}")
t(lambda: "%s %r" % (FloatSub(2), FloatSub(2)))
try:
    class BoolSub(bool): pass
except TypeError as e: print("TypeError", e)
class NT(type): pass
t(lambda: NT("X", (), {}))
t(lambda: NT("X"))
t(lambda: NT())
class NT2(type):
    def __init__(cls, *a): print("NT2 init", len(a))
t(lambda: NT2("X", (), {}))
t(lambda: type(NT2("X")).__name__)
class NT3(type):
    def __new__(m, *a): print("NT3 new", len(a)); return super().__new__(m, *a)
t(lambda: NT3("X", (), {}).__name__)
t(lambda: NT3("X"))
t(lambda: type.__new__(NT3, "X", (), {}).__name__)
t(lambda: type.__init__(NT3("X", (), {}), "X", (), {}))
