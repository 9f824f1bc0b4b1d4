# Unpacked aliases (*tuple[int, ...]): iteration, flags, repr, equality,
# hashing, pickling and copying.
import copy
import pickle
import types
import typing

a = tuple[int, ...]
it = iter(a)
print(type(it).__name__, iter(it) is it)
print(it.__reduce__())
u = next(it)
print(type(u) is types.GenericAlias, u, repr(u))
print(u.__origin__, u.__args__, u.__parameters__)
print(u.__unpacked__, a.__unpacked__)
print(u.__typing_unpacked_tuple_args__, a.__typing_unpacked_tuple_args__)
try:
    next(it)
except StopIteration:
    print('StopIteration')

print([*tuple[int, str]], [*list[int]])
l = [*list[int]][0]
print(l, l.__unpacked__, l.__typing_unpacked_tuple_args__)
print(list(dict[str, int]))
print(tuple[()] , [*tuple[()]][0], [*tuple[()]][0].__typing_unpacked_tuple_args__)
a, = tuple[bytes]
print(a)

# the star syntax in subscripts
print(tuple[*tuple[int, ...]], tuple[*tuple[int, ...]].__args__)
print(tuple[int, *tuple[str, bytes]].__args__)
print(typing.Tuple[*tuple[int, str]])

# equality and hash
x = [*tuple[int, str]][0]
y = [*tuple[int, str]][0]
print(x == y, x != y, hash(x) == hash(y))
print(x == tuple[int, str], x != tuple[int, str])
print(hash(x) == hash(tuple[int, str]))
print(len({x, y, tuple[int, str]}))
print(x == 1, x != 1)
try:
    x < y
except TypeError as e:
    print(e)
# dunder lookups other than the alias's own go to the origin
print(x.__eq__ is tuple.__eq__)

# pickling and copying
for obj in (tuple[int, str], u, x, [*list[int]][0], [*tuple[()]][0]):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        s = pickle.loads(pickle.dumps(obj, proto))
        assert s == obj and s.__unpacked__ == obj.__unpacked__, (obj, proto)
        assert type(s) is type(obj)
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(repr(s), repr(c), repr(d), c == obj, d == obj, d.__unpacked__)

r = u.__reduce__()
print(r[0] is next, type(r[1][0]).__name__, next(*r[1]))
print(tuple[int].__reduce__())
it = iter(list[int])
print(pickle.loads(pickle.dumps(it)).__next__())

# a subclass of GenericAlias iterates to the base type
class Sub(types.GenericAlias):
    pass

s = Sub(tuple, (int,))
v = next(iter(s))
print(type(s).__name__, type(v).__name__, v)
