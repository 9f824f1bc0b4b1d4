# Attributes of classes: names, bases, __dict__, __subclasses__, __doc__.
class Outer:
    """Outer doc."""

    class Inner:
        class Deepest:
            pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer().method().__qualname__, Outer.method.__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.__module__)
print(type(Outer.__dict__).__name__, "method" in Outer.__dict__, Outer.__dict__["__doc__"])
Outer.__name__ = "Renamed"
Outer.__qualname__ = "Pkg.Renamed"
print(Outer.__name__, Outer.__qualname__, repr(Outer))
Outer.__module__ = "somewhere"
print(repr(Outer), repr(Outer()).split(" object")[0])
Outer.__doc__ = "new doc"
print(Outer.__doc__)
for bad in (lambda: setattr(Outer, "__name__", 5), lambda: setattr(Outer, "__qualname__", None),
            lambda: delattr(Outer, "__name__"), lambda: setattr(Outer, "__bases__", ()),
            lambda: setattr(Outer, "__bases__", [object]), lambda: setattr(int, "__name__", "x"),
            lambda: setattr(int, "__doc__", "x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


print(C().who(), C.__bases__)
C.__bases__ = (B,)
print(C().who(), C.__bases__, [k.__name__ for k in C.__mro__])
print(A.__subclasses__(), B.__subclasses__())
try:
    A.__bases__ = (C,)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__name__, int.__qualname__, int.__module__, int.__bases__, bool.__base__)
print(object.__bases__, object.__base__, type.__base__, type.__mro__)
print(sorted(k for k in type.__dict__ if k.startswith("__") and k.endswith("__"))[:8])
print(type(int.__dict__["real"]).__name__, type(int.__dict__["bit_length"]).__name__)
print(type(int.__dict__["__add__"]).__name__, type(int.__dict__["from_bytes"]).__name__)
print(int.__doc__.splitlines()[0])


class Annotated:
    x: int
    y: "str" = "hi"


print(Annotated.__annotations__, Annotated.y)


class NoAnn:
    pass


print(NoAnn.__annotations__)
print(type(NoAnn.__dict__.get("__annotations__")).__name__)
try:
    int.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
print(A.__dict__.get("__weakref__") is not None, "__dict__" in A.__dict__, "__dict__" in C.__dict__)
