# Module objects: attributes, repr, and module-level __getattr__.
import sys
import math

ModuleType = type(sys)
print(ModuleType.__name__, repr(sys), repr(math).startswith("<module 'math'"))
m = ModuleType("mymod")
print(repr(m), sorted(m.__dict__), m.__name__, m.__doc__)
m2 = ModuleType("withdoc", "The doc.")
print(m2.__doc__)
m.value = 10
m.__dict__["other"] = 20
print(m.value, m.other, "value" in dir(m))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)


def module_getattr(name):
    if name == "dynamic":
        return "computed"
    raise AttributeError(f"module {m.__name__!r} has no attribute {name!r} (custom)")


m.__getattr__ = module_getattr
print(m.dynamic, getattr(m, "value"))
try:
    m.nothing
except AttributeError as e:
    print(type(e).__name__, e)
m.__dir__ = lambda: ["b", "a"]
print(dir(m))
m.__file__ = "/tmp/mymod.py"
print(repr(m))
del m.__getattr__
del m.__name__
try:
    m.anything_else
except AttributeError as e:
    print(type(e).__name__, str(e).startswith("module"))
for args in ((), (1,), ("a", "b", "c")):
    try:
        ModuleType(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class Sub(ModuleType):
    def hello(self):
        return f"hello from {self.__name__}"


s = Sub("subbed")
print(s.hello(), isinstance(s, ModuleType), repr(s))
print(sys.modules["__main__"].__name__, __name__, type(sys.modules["__main__"]).__name__)
print(math.__name__, math.floor(2.5), getattr(math, "pi") > 3)
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
m3 = ModuleType("annot")
print(m3.__annotations__, "__annotations__" in m3.__dict__)
