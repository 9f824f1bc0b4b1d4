# types.GenericAlias odds and ends: bases, isinstance refusal, dir,
# construction, unions of aliases being subscripted, PEP 585 classes.
import types
import weakref
from typing import TypeVar

T = TypeVar('T')
K = TypeVar('K')


class L(list[int]):
    pass


print(L.__bases__, L.__mro__)
print(list[int].__mro_entries__((list[int],)))
print([*tuple[int]][0].__mro_entries__(()))

for f in (isinstance, issubclass):
    try:
        f(list, list[int])
    except TypeError as e:
        print(f.__name__, e)
try:
    isinstance([], [*tuple[int]][0])
except TypeError as e:
    print(e)

d = dir(list[int])
for name in ('__origin__', '__args__', '__parameters__', '__unpacked__',
             '__typing_unpacked_tuple_args__', '__mro_entries__', 'append'):
    print(name, name in d)

print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, T)))
print(types.GenericAlias(dict, (str, T))[int])
for args, kw in (((list,), {}), ((list, int, str), {}), ((list, int), {'x': 1})):
    try:
        types.GenericAlias(*args, **kw)
    except TypeError as e:
        print(e)

# unions of aliases substitute their members
print((list[T] | int)[str], type((list[T] | int)[str]).__name__)
print((list[T] | dict[K, T])[int, str])
print((list[T] | None)[bytes])
print((list[T] | list[int])[int])
print((list[T] | int).__parameters__, (list[K] | dict[T, K]).__parameters__)
for f in (lambda: (int | str)[int], lambda: (list[T] | int)[int, str],
          lambda: (list[T] | list[K])[int]):
    try:
        f()
    except TypeError as e:
        print(e)

# classes that became generic in 3.9
print(types.AsyncGeneratorType[int], types.AsyncGeneratorType[int, None].__args__)
print(types.AsyncGeneratorType.__class_getitem__.__doc__)
try:
    types.GeneratorType[int]
except TypeError as e:
    print(e)


class C(list):
    pass


x = list[int]()
print(x, type(x))
y = C[int]()
print(y.__orig_class__)
print(list[int].append is list.append, list[int].__name__)
r = weakref.ref(list[int])
print(r() is None or type(r()) is types.GenericAlias)
