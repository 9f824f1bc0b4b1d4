# Substituting the parameters of types.GenericAlias: alias[args].
import collections.abc as cabc
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, Concatenate, Unpack

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(type(r).__name__, r, r.__args__, r.__parameters__)


show(lambda: tuple[int, T][str])
show(lambda: dict[K, V][str, int])
show(lambda: dict[K, V][V, K])
show(lambda: dict[K, list[V]][str, int])
show(lambda: list[list[T]][int])
show(lambda: list[list[list[T]]][bytes])
show(lambda: tuple[T, T][int])
show(lambda: dict[T, list[T]][K][str])
show(lambda: list[T][list[K]])
show(lambda: list[T][typing.List[int]])
show(lambda: list[T][int | str])
show(lambda: list[T][None])
show(lambda: list[T][...])

# Callable, through collections.abc's subclass
show(lambda: cabc.Callable[[int], T][str])
show(lambda: cabc.Callable[[T, K], V][int, str, bool])
show(lambda: cabc.Callable[P, T][[int, str], bool])
show(lambda: cabc.Callable[P, T][[], bool])
show(lambda: cabc.Callable[P, T][..., bool])
show(lambda: cabc.Callable[P, int][int, str])
show(lambda: cabc.Callable[P, int][[int, str]])
show(lambda: cabc.Callable[Concatenate[int, P], T][[str], bool])
show(lambda: cabc.Callable[[int], T][list[K]][bytes])

# TypeVarTuple
show(lambda: tuple[T, *Ts][int, str, bool])
show(lambda: tuple[T, *Ts][int])
show(lambda: tuple[*Ts, T][int, str])
show(lambda: tuple[*Ts][()])
show(lambda: tuple[*Ts][int, str])
show(lambda: tuple[T, *Ts, K][int, str, bytes, float])
show(lambda: tuple[T, str, *Ts][*tuple[int, ...]])
show(lambda: tuple[T, *Ts][*tuple[int, str]])
show(lambda: tuple[T, *Ts][int, *tuple[str, ...]])
show(lambda: tuple[T, *Ts][Unpack[typing.Tuple[int, ...]]])
show(lambda: tuple[T, Unpack[Ts]][int, str])
show(lambda: list[tuple[*Ts]][int, str])
show(lambda: tuple[list[T], *Ts][int, str, bytes])
show(lambda: dict[T, tuple[*Ts]][int, str, bytes])

# typing aliases mixed in
show(lambda: tuple[typing.List[T], K][int, str])
show(lambda: typing.List[tuple[T, K]][int, str])
show(lambda: tuple[T, typing.Dict[K, T]][int, str])

# errors
show(lambda: tuple[int, T][str, int])
show(lambda: tuple[int, T][()])
show(lambda: dict[K, V][int])
show(lambda: dict[K, V][int, str, bytes])
show(lambda: list[int][str])
show(lambda: list[list[int]][str])
show(lambda: tuple[()][int])
show(lambda: tuple[T, *Ts][()])
show(lambda: tuple[T, K, *Ts][int])
show(lambda: tuple[*Ts, *Ts][int])
show(lambda: tuple[T, *Ts][*tuple[int, ...], *tuple[str, ...]])
show(lambda: list[T][*tuple[int, ...]])
show(lambda: list[T][*Ts])
show(lambda: list[T][1])
show(lambda: cabc.Callable[P, T][int])
show(lambda: tuple[*Ts][Ts])

# the starred flag survives substitution
a = [*tuple[T, K]][0]
r = a[int, str]
print(r, r.__unpacked__)


class Odd:
    # a parameter whose preparation returns a non-tuple
    def __typing_subst__(self, arg):
        return arg

    def __typing_prepare_subst__(self, alias, args):
        print('prepare', alias, args)
        return list(args)  # counts as one argument

    def __repr__(self):
        return 'Odd()'


o = Odd()
show(lambda: list[o][int])
show(lambda: dict[o, T][int, str])


class NoPrepare:
    __typing_prepare_subst__ = None

    def __typing_subst__(self, arg):
        return [arg]

    def __repr__(self):
        return 'NoPrepare()'


n = NoPrepare()
show(lambda: list[n][int])


class Raises:
    def __typing_subst__(self, arg):
        raise ValueError('no ' + repr(arg))

    def __repr__(self):
        return 'Raises()'


show(lambda: list[Raises()][int])
