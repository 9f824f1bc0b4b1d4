import sys
def g():
    try:
        yield 1
    finally:
        print("fin")
x = g(); next(x)
x.throw(GeneratorExit) if False else None
try:
    x.throw(KeyError("tk"))
except KeyError as e:
    print("tk", e)
print(x.gi_frame)
def h():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("skip")
            continue
hh = h(); print(next(hh), hh.throw(ValueError), next(hh))
class E(Exception):
    def __init__(self, a, b):
        self.a = a
e = E(1, 2)
print(e.args, repr(e), str(e))
class F(Exception):
    def __init__(self, x):
        pass
print(F(3).args, repr(F(3)))
class G(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, "fixed")
        return o
print(G(1, 2).args)
try:
    raise E
except TypeError as te:
    print(te)
print(repr(StopIteration(5).value), StopIteration().value, SystemExit(3).code, KeyboardInterrupt.__mro__)
def walk(c, d=0):
    for s in c.__subclasses__():
        if s.__module__ == "builtins":
            print("  " * d + s.__name__)
            walk(s, d + 1)
walk(BaseException)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"))
try:
    b"\xff".decode()
except UnicodeDecodeError as u:
    print(u, u.start, u.reason)
try:
    int("abc")
except ValueError as v:
    print(v)
try:
    [].pop()
except IndexError as v:
    print(v)
try:
    None.x
except AttributeError as a:
    print(a, a.name, a.obj)
try:
    import nosuchmod
except ImportError as ie:
    print(type(ie).__name__, ie, ie.name)
sys.exit("bye")
