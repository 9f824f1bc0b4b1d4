import sys
def outer():
    def inner():
        class Local:
            def m(self): pass
        return Local
    return inner
L = outer()()
print(L.__name__, L.__qualname__, L.__module__, L.m.__qualname__)
print(outer.__qualname__, outer().__qualname__)
class A:
    x = 1
    class B:
        def f(self): return lambda: 0
    def meth(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 3
print(A.B.__qualname__, A.B().f().__qualname__, A.meth.__qualname__, A.s.__qualname__)
def strip(s):
    out = []
    i = 0
    while i < len(s):
        j = s.find(" at 0x", i)
        if j < 0:
            out.append(s[i:]); break
        out.append(s[i:j] + " at ADDR")
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        i = k
    return "".join(out)
a = A()
for o in [outer, A.meth, a.meth, A.c, A.s, A, A.B, a.p, print, len, [].append, (x for x in []), outer(), object.__init__, A.__init__, a.__init__, str.join, int, type, None.__class__]:
    print(strip(repr(o)))
print(vars(A).keys() - {"__dict__", "__weakref__"} == {"x", "B", "meth", "s", "c", "p", "__module__", "__doc__", "__qualname__"} , sorted(vars(A).keys()))
a.y = 5
print(vars(a), [n for n in dir(a) if not n.startswith("__")])
print(dir(A)[:5], len(dir(A)), len(dir(object)))
print(callable(A), callable(a), callable(a.meth), callable(3), callable(print))
print(isinstance(3, (str, (bytes, int))), isinstance(True, int), issubclass(bool, (str, int)))
print(sys.getrecursionlimit(), sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel, type(sys.version_info).__name__)
print(sys.implementation.name != "", sys.maxsize, sys.byteorder)
print(outer.__defaults__, outer.__kwdefaults__, outer.__code__.co_name, outer.__code__.co_varnames, outer.__code__.co_argcount)
def kw(a, b=2, *args, c, d=4, **kw): pass
print(kw.__defaults__, kw.__kwdefaults__, kw.__code__.co_varnames, kw.__code__.co_kwonlyargcount, kw.__code__.co_flags)
print(kw.__module__, kw.__annotations__, kw.__dict__)
def ann(x: int, y: "str" = "a") -> list: pass
print(ann.__annotations__)
print(type(lambda: 0).__name__, type(a.meth).__name__, type(A.c).__name__, type(print).__name__, type([].append).__name__)
print(a.meth.__self__ is a, a.meth.__func__ is A.meth, A.c.__self__ is A)
print(strip(repr(A.__dict__["s"])), type(A.__dict__["c"]).__name__)
print(A.__bases__, A.__base__, A.__mro__, type(A), A.__class__)
class M(type):
    def __repr__(cls): return "<M " + cls.__name__ + ">"
class K(metaclass=M): pass
print(K, repr(K), str(K), type(K), K.__name__)
print(int.__name__, int.__qualname__, int.__module__, len.__module__, len.__qualname__, str.upper.__qualname__)
print(hash(None) != 0, id(a) == id(a))
print(A.meth.__name__, a.meth.__name__, print.__name__, [].append.__name__, [].append.__qualname__)
class Slots:
    __slots__ = ("a", "b")
s = Slots(); s.a = 1
print(hasattr(s, "__dict__"), Slots.a, [n for n in dir(s) if not n.startswith("__")])
try:
    vars(s)
except TypeError as e:
    print(e)
try:
    s.c = 1
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
print(getattr(a, "zz", "dflt"), hasattr(a, "p"))
print(A.__doc__, outer.__doc__, len.__doc__.splitlines()[0])
print(str(A.__dict__["p"])[:20])
