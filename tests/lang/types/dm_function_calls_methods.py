def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# functions: call-time errors, defaults, closures, attributes with descriptors
def f(a, b, /, c, *, d, **k): return a, b, c, d, k
t(lambda: f(1, 2, 3, d=4))
t(lambda: f(1, 2, c=3, d=4, b=5))
t(lambda: f(1, b=2, c=3, d=4))
t(lambda: f(1, 2, 3))
t(lambda: f(1, 2))
t(lambda: f(1, 2, 3, 4, d=5))
t(lambda: f.__code__.co_posonlyargcount)
t(lambda: f.__code__.co_kwonlyargcount)
t(lambda: f.__code__.co_varnames)
def g(a, b=[]):
    b.append(a)
    return b
t(lambda: (g(1), g(2), g.__defaults__))
def h(*, x=1, y): return x, y
t(lambda: h(y=2))
t(lambda: h())
t(lambda: h.__kwdefaults__)
h.__kwdefaults__["y"] = 9
t(lambda: h())
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = outer()
t(lambda: (inc(), inc(), inc.__closure__[0].cell_contents))
inc.__closure__[0].cell_contents = 10
t(lambda: inc())
t(lambda: inc.__code__.co_freevars)
def uses_global(): return GLOBAL_V
t(uses_global)
GLOBAL_V = "global now"
t(uses_global)
class C:
    def meth(self, x): return (self, x)
t(lambda: C.meth.__get__(5)(6))
t(lambda: C.meth.__get__(5, int).__self__)
m = C().meth
t(lambda: m.__func__ is C.meth)
t(lambda: type(m)(C.meth, 7)(8))
t(lambda: m.__eq__(m))
t(lambda: m.__name__)
t(lambda: m.__qualname__)
t(lambda: m.__module__)
t(lambda: m.__doc__)
t(lambda: m.__defaults__)
t(lambda: m.__code__.co_name)
t(lambda: setattr(m, "__doc__", "x"))
t(lambda: getattr(m, "nonexistent"))
f2 = lambda: None
f2.__qualname__ = "renamed"
t(lambda: repr(f2)[:20])
t(lambda: f2.__name__)
def gen(): yield 1
t(lambda: type(gen()).__name__)
t(lambda: gen.__code__.co_flags & 0x20 != 0)
t(lambda: gen().__name__)
t(lambda: gen().__qualname__)
gg = gen(); gg.__name__ = "custom"
t(lambda: gg.__name__)
t(lambda: setattr(gg, "__name__", 5))
async def co(): pass
c = co()
t(lambda: (c.__name__, type(c).__name__))
c.close()
