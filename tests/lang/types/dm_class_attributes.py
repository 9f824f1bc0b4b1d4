def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Outer:
    "Outer doc"
    x: int
    y: "str" = "v"
    class Inner:
        def m(self): pass
        class Deep: pass
    def f(self):
        class Local: pass
        return Local
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().f().__qualname__)
print(Outer.Inner.m.__qualname__, Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
print(Outer.__annotations__, Outer.Inner.__dict__.get("__annotations__"))
t(lambda: Outer.Inner.__annotations__)
print("__annotations__" in Outer.Inner.__dict__)
class NoAnn: pass
t(lambda: NoAnn.__annotations__)
print("__annotations__" in NoAnn.__dict__)
NoAnn.__annotations__ = {"a": 1}; t(lambda: NoAnn.__annotations__)
del NoAnn.__annotations__
t(lambda: delattr(NoAnn, "__annotations__"))
t(lambda: int.__annotations__)
t(lambda: setattr(int, "__annotations__", {}))
class Sub(Outer): pass
t(lambda: Sub.__annotations__)
t(lambda: Sub.__doc__)
print(type.__dict__["__doc__"].__class__.__name__, type(Outer.__dict__["__doc__"]))
t(lambda: type.__doc__[:20])
t(lambda: int.__doc__[:20])
class DocProp:
    @property
    def __doc__(self): return "instance doc"
t(lambda: DocProp().__doc__)
t(lambda: type(DocProp.__doc__).__name__)
def f():
    "func doc"
class Mod:
    __module__ = "custom.mod"
t(lambda: Mod.__module__); t(lambda: repr(Mod))
Mod.__module__ = "other"; t(lambda: repr(Mod))
class QN:
    __qualname__ = "Some.Name"
t(lambda: QN.__qualname__); t(lambda: repr(QN)); t(lambda: QN.__dict__.get("__qualname__"))
try:
    class QN2: __qualname__ = 5
except TypeError as e: print("TypeError", e)
t(lambda: type(5).__qualname__)
t(lambda: type.__qualname__)
t(lambda: type.__dict__["__qualname__"].__get__(Outer))
t(lambda: Outer.__dict__["__module__"])
t(lambda: sorted(k for k in Outer.__dict__ if k.startswith("__")))
t(lambda: sorted(k for k in Sub.__dict__))
t(lambda: Outer.__dict__["__dict__"])
t(lambda: Outer.__dict__["__weakref__"])
t(lambda: Outer.__base__, )
t(lambda: (Outer.__bases__, bool.__base__, object.__base__, object.__bases__))
t(lambda: (Outer.__itemsize__, int.__itemsize__, tuple.__itemsize__))
t(lambda: Outer.__flags__ & (1 << 9) != 0)
t(lambda: Outer.__text_signature__)
t(lambda: Outer.__subclasses__())
t(lambda: [c.__name__ for c in Outer.__subclasses__()])
t(lambda: type.__subclasses__(Outer) == Outer.__subclasses__())
t(lambda: Outer.__weakrefoffset__ > 0)
t(lambda: vars(Outer)["f"].__name__)
t(lambda: type(vars(Outer)).__name__)
t(lambda: vars(Outer)["new"])
t(lambda: vars(Outer).__setitem__("z", 1))
t(lambda: vars(1))
t(lambda: vars())
t(lambda: vars(1, 2))
class Sl: __slots__ = ()
t(lambda: vars(Sl()))
t(lambda: type(Outer.__dict__) is type(int.__dict__))
t(lambda: int.__dict__["__add__"].__name__)
t(lambda: Outer.mro is type.mro)
t(lambda: Outer.mro())
t(lambda: type.mro(Outer))
t(lambda: type.mro(5))
t(lambda: type.mro())
t(lambda: Outer.__instancecheck__(Outer()))
t(lambda: Outer.__subclasscheck__(Sub))
t(lambda: type.__instancecheck__(int, 1))
t(lambda: type.__prepare__.__name__)
t(lambda: type.__sizeof__(int) > 0)
t(lambda: sorted(set(dir(Outer)) - set(dir(object))))
t(lambda: sorted(set(dir(type)) - set(dir(object))))
