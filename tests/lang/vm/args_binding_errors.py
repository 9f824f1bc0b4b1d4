def report(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
        print("ok", result)
    except TypeError as e:
        print(e)

def f(x): return x
def g(a, b): return a + b
def h(a, b=2, c=3): return (a, b, c)
def none(): return "none"
def kw(a, *, b, c=0): return (a, b, c)
def kw2(*, x, y): return x + y
def varargs(a, *rest): return (a, rest)
def many(a, b, c, d): return a

report(f)
report(g, 1)
report(g)
report(many, 1)
report(many)
report(g, 1, 2, 3)
report(f, 1, 2)
report(none, 1)
report(h)
report(h, 1, 2, 3, 4)
report(f, x=1, z=2)
report(f, 1, x=2)
report(g, 1, a=2)
report(kw, 1)
report(kw, 1, 2)
report(kw, 1, 2, b=3)
report(kw2)
report(kw2, x=1)
report(kw2, 1, x=1, y=2)
report(varargs)
report(varargs, 1, 2, 3)
report(h, 1, d=4)
report(h, c=1)
report(none, a=1)

class C:
    def method(self, a): return a
    @staticmethod
    def st(a): return a
    @classmethod
    def cm(cls, a): return a

report(C().method)
report(C().method, 1, 2)
report(C.method, 1)
report(C.st)
report(C.cm, 1, 2)
report(C().method, a=1, b=2)
report(lambda: 0, 1)
report(lambda q: q)

def outer():
    def nested(p, q): return p
    return nested

report(outer(), 1)
report(f, **{"x": 1, "y": 2})
