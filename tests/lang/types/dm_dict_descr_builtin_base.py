# The __dict__ descriptor of a class statement, used on an object whose C
# base (type, module, BaseException) has a __dict__ of its own, defers to
# that base: no writing a dict behind the C type's back.
import types
class Base(object):
    pass
def cant(x, d):
    try:
        x.__dict__ = d
    except (AttributeError, TypeError) as e:
        print("ok", type(e).__name__, e)
def verify(x):
    cant(x, {})
    try:
        del x.__dict__
    except (AttributeError, TypeError) as e:
        print("del ok", type(e).__name__, e)
    dict_descr = Base.__dict__["__dict__"]
    try:
        dict_descr.__set__(x, {})
    except (AttributeError, TypeError) as e:
        print("set ok", type(e).__name__, e)
class Meta1(type, Base):
    pass
class Meta2(Base, type):
    pass
print("classes")
class D(object, metaclass=Meta1):
    pass
class E(object, metaclass=Meta2):
    pass
for cls in D, E:
    verify(cls)
print("modules")
class Module1(types.ModuleType, Base):
    pass
class Module2(Base, types.ModuleType):
    pass
for M in Module1, Module2:
    mod = M("spam")
    verify(mod)
    mod.__dict__["spam"] = "eggs"
print("exc")
class Exception1(Exception, Base):
    pass
class Exception2(Base, Exception):
    pass
for ET in Exception, Exception1, Exception2:
    e = ET()
    e.__dict__ = {"a": 1}
    print(e.a)
