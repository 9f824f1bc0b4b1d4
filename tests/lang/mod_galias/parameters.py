# __parameters__ of types.GenericAlias: typing parameters among the
# arguments, nested aliases' parameters, first appearance order, no duplicates.
import collections.abc as cabc
from typing import TypeVar, ParamSpec, TypeVarTuple, List, Generic

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')

print(list[int].__parameters__)
print(list[T].__parameters__)
print(dict[K, V].__parameters__)
print(dict[V, K].__parameters__)
print(tuple[T, T, K, T].__parameters__)
print(dict[str, list[T]].__parameters__)
print(tuple[list[K], dict[K, V], T].__parameters__)
print(tuple[List[T], K].__parameters__)
print(tuple[T, *Ts].__parameters__)
print(tuple[*Ts].__parameters__)
print(cabc.Callable[P, T].__parameters__)
print(cabc.Callable[[K, int], V].__parameters__)
print(cabc.Callable[..., T].__parameters__)
print(list[[T], int].__parameters__)
print(tuple[P.args, P.kwargs].__parameters__)
print(tuple[int | list[T]].__parameters__)


class G(Generic[T]):
    pass


# A bare class is skipped even when it is generic itself.
print(G.__parameters__, list[G].__parameters__, list[G[K]].__parameters__)


class Subst:
    # anything with __typing_subst__ counts as a parameter
    def __typing_subst__(self, arg):
        return ('subst', arg)

    def __repr__(self):
        return 'Subst()'


s = Subst()
print(list[s].__parameters__, dict[s, s].__parameters__)
print(list[s][int])


class HasParams:
    __parameters__ = (K, T, K)


print(tuple[HasParams(), T].__parameters__)


class BadParams:
    __parameters__ = [T]  # not a tuple: ignored


print(list[BadParams()].__parameters__)

a = list[T]
print(a.__parameters__ is a.__parameters__)
