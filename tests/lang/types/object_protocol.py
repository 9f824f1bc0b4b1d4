# The methods every object inherits from `object`.
class Thing:
    pass


t = Thing()
print(t == t, t != t, t == Thing(), object.__eq__(t, t), object.__ne__(t, 1))
print(object.__lt__(t, t), type(object.__hash__(t)).__name__)
print(format(t, "") == str(t), object.__format__(t, "") == str(t))
try:
    format(t, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__format__(t, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(set(dir(t)) - set(dir(object))))
print(sorted(dir(object))[:6])
t.attr = 1
print("attr" in dir(t), "__init__" in dir(t), dir(t) == sorted(dir(t)))
print(object.__subclasshook__(), Thing.__init_subclass__())
print(object.__init__(t), type(object.__new__(Thing)).__name__)
print(t.__class__ is Thing, Thing.__class__ is type, type(t.__sizeof__()).__name__)


class Args:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


print(Args(1).__dict__)
try:
    object.__init__(Args(1), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(Args, 5)
    print("object.__new__ ignores extra args when __init__ is overridden")
except TypeError as e:
    print(type(e).__name__, e)


class NewOnly:
    def __new__(cls, *args):
        return super().__new__(cls)


print(type(NewOnly(1, 2)).__name__)
try:
    object.__init__(NewOnly(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NewOnly.__init__(NewOnly(), 1)
except TypeError as e:
    print(type(e).__name__, e)


class BothOverridden:
    def __new__(cls, *a):
        return object.__new__(cls, *a)

    def __init__(self, *a):
        pass


try:
    BothOverridden(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(Thing)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__new__.__name__, object.__new__.__qualname__, object.__init__.__qualname__)
print(repr(object.__init__), repr(object.__str__))
