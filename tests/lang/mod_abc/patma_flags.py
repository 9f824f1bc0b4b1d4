import collections.abc as cabc
class L(list): pass
class D(dict): pass
class S(cabc.Sequence):
    def __getitem__(self, i): return [1,2][i]
    def __len__(self): return 2
class S2(S): pass
class M(cabc.Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 1
    def __iter__(self): return iter(['a'])
class R:
    def __getitem__(self, i): return [7,8][i]
    def __len__(self): return 2
class RSub(R): pass
cabc.Sequence.register(R)
class RSub2(R): pass
for o in [L([1,2]), D(a=1), S(), S2(), M(), R(), RSub(), RSub2()]:
    match o:
        case [a, b]: print(type(o).__name__, "seq", a, b)
        case {"a": v}: print(type(o).__name__, "map", v)
        case _: print(type(o).__name__, "other")

# registering a class gives it and its existing subclasses the flag
class Base:
    def __getitem__(self, k): return k
    def __len__(self): return 0
class Child(Base): pass
cabc.Mapping.register(Base)
for o in [Base(), Child()]:
    match o:
        case [*_]: print("seq")
        case {}: print("map")
        case _: print("other")

# a class with its own flag keeps it when registered with the other ABC
class LL(list): pass
cabc.Mapping.register(LL)
match LL():
    case [*_]: print("LL seq")
    case {}: print("LL map")

# both flags at once are refused
import abc
try:
    class Both(cabc.Collection):
        __abc_tpflags__ = cabc.Sequence.__flags__ | cabc.Mapping.__flags__
except TypeError as e:
    print("TypeError", e)
# the marker does not stay in the class
print("__abc_tpflags__" in cabc.Sequence.__dict__, "__abc_tpflags__" in cabc.Mapping.__dict__)
