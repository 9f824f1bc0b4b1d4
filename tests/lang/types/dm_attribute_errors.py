def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# __getattr__/__getattribute__ subtleties
class Lazy:
    def __init__(self): self.loaded = False
    def __getattr__(self, name):
        if name.startswith("__"): raise AttributeError(name)
        print("load", name)
        object.__setattr__(self, name, name.upper())
        return getattr(self, name)
lz = Lazy()
t(lambda: (lz.abc, lz.abc))
t(lambda: lz.__len__)
t(lambda: len(lz))
t(lambda: vars(lz))
class GAProp:
    @property
    def broken(self): return self.nonexistent + 1
    def __getattr__(self, n): return "ga(%s)" % n
t(lambda: GAProp().broken)
class GAInner:
    @property
    def broken(self): raise KeyError("k")
    def __getattr__(self, n): return "ga(%s)" % n
t(lambda: GAInner().broken)
class GAtypeerror:
    def __getattribute__(self, n): raise TypeError("nope " + n)
    def __getattr__(self, n): return "never"
t(lambda: GAtypeerror().x)
t(lambda: hasattr(GAtypeerror(), "x"))
t(lambda: getattr(GAtypeerror(), "x", 1))
class GASub(AttributeError): pass
class GAsubclass:
    def __getattribute__(self, n): raise GASub("sub " + n)
    def __getattr__(self, n): return "ga " + n
t(lambda: GAsubclass().x)
class NameErr:
    def __getattr__(self, n): raise AttributeError(f"{type(self).__name__!r} object has no attribute {n!r}")
t(lambda: NameErr().foo)
try:
    NameErr().foo
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    object().foo
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    type.foo
except AttributeError as e:
    print(e.name, e.obj)
try:
    (1).foo
except AttributeError as e:
    print(e.name, e.obj)
class Plain: pass
try:
    Plain().foo
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.args)
try:
    getattr(Plain(), "bar")
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.args)
try:
    delattr(Plain(), "baz")
except AttributeError as e:
    print(e.args)
class Sl: __slots__ = ("a",)
try:
    Sl().a
except AttributeError as e:
    print(e.name, type(e.obj).__name__ if e.obj is not None else None, e.args)
try:
    Sl().q = 1
except AttributeError as e:
    print(e.args)
import sys
try:
    sys.nonexistent
except AttributeError as e:
    print(e.name, e.obj is sys, e.args)
try:
    AttributeError("x", name="n", obj=1)
    print(AttributeError("x", name="n", obj=1).name)
except Exception as e: print(type(e).__name__, e)
