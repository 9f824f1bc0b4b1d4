# None, NotImplemented and Ellipsis as objects.
print(None, repr(None), str(None), bool(None), type(None).__name__)
print(None is None, None == None, None != 0, hash(None) == hash(None))
NoneType = type(None)
print(NoneType() is None, isinstance(None, NoneType), NoneType.__name__)
try:
    NoneType(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(NoneType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., type(...).__name__, ... is Ellipsis, type(...)() is ...)
print(sorted(set(dir(None)) - set(dir(object))))
print(None.__bool__(), None.__repr__(), None.__class__)


def returns_nothing():
    pass


print(returns_nothing(), [returns_nothing()], {None: "key"}[None])
x = [None, 0, "", None]
print(x.count(None), x.index(None, 1), None in x, [v for v in x if v is not None])
print(str(None).upper(), f"{None}", f"{None!r:>6}")
