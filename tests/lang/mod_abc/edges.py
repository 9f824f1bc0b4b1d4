import abc, collections.abc as cabc, gc

# __class__ that is not a class
class Odd:
    __class__ = 5
try:
    print(isinstance(Odd(), cabc.Sized))
except TypeError as e:
    print("TypeError", e)

# __class__ that raises
class Raises:
    @property
    def __class__(self):
        raise ValueError("no class")
try:
    print(isinstance(Raises(), cabc.Sized))
except ValueError as e:
    print("ValueError", e)

# a metaclass whose __subclasses__ returns something else
class WeirdMeta(abc.ABCMeta):
    def __subclasses__(cls):
        return ("not", "a", "list")
class WA(metaclass=WeirdMeta): pass
try:
    issubclass(int, WA)
except TypeError as e:
    print("TypeError", e)

class TupleMeta(abc.ABCMeta):
    def __subclasses__(cls):
        return [int]
class TA(metaclass=TupleMeta): pass
print(issubclass(bool, TA), issubclass(str, TA))

# register from inside __subclasshook__ (registry changes while checked)
class Reent(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C is float:
            Reent.register(complex)
        return NotImplemented
print(issubclass(float, Reent), issubclass(complex, Reent))

# many registrations and deaths
class Many(abc.ABC): pass
classes = [type("K%d" % i, (), {}) for i in range(50)]
for k in classes:
    Many.register(k)
print(all(issubclass(k, Many) for k in classes))
del classes, k
gc.collect()
from _abc import _get_dump
print([len(s) for s in _get_dump(Many)[:3]])

# multiple inheritance: abstract names from every base
class A1(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class A2(abc.ABC):
    @abc.abstractmethod
    def g(self): pass
class Both(A1, A2):
    def f(self): pass
print(sorted(Both.__abstractmethods__))
try:
    Both()
except TypeError as e:
    print(e)
class Mixin:
    def g(self): return "mixin"
class Done(Mixin, Both): pass
print(sorted(Done.__abstractmethods__), Done().g())

# isinstance against a tuple with ABCs
print(isinstance(3, (cabc.Sequence, cabc.Hashable)), isinstance([], (cabc.Hashable, cabc.Sized)))

# virtual subclass of several ABCs, and the cache token type
t = abc.get_cache_token()
class V: pass
cabc.Sequence.register(V)
print(issubclass(V, cabc.Sequence), issubclass(V, cabc.Reversible), issubclass(V, cabc.Iterable),
      issubclass(V, cabc.MutableSequence), abc.get_cache_token() > t)

# ABCMeta.register is not hidden by the flags of a static type
cabc.Sequence.register(int) if False else None
class MyInt(int): pass
cabc.Sequence.register(MyInt)
match MyInt(3):
    case [*_]: print("seq")
    case _: print("not seq")

# abstract classmethod/property still blocks instantiation through subclasses
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def v(self): ...
class Q(P):
    pass
try:
    Q()
except TypeError as e:
    print(e)
class Q2(P):
    v = property(lambda self: 1)
print(Q2().v)

# functools.singledispatch relies on the cache token
import functools
@functools.singledispatch
def f(x): return "object"
@f.register
def _(x: cabc.Sequence): return "sequence"
class Late: pass
print(f(Late()))
cabc.Sequence.register(Late)
print(f(Late()), f([1]), f(3))
