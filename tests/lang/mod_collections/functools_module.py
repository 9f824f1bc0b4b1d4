# functools.py on top of _functools: lru_cache, cache, wraps, partial,
# partialmethod, total_ordering, cached_property, reduce, cmp_to_key
import functools
import _functools
from functools import (lru_cache, cache, wraps, partial, partialmethod, total_ordering,
                       reduce, cmp_to_key, cached_property)
print(functools.reduce is _functools.reduce, functools.partial is _functools.partial,
      functools._lru_cache_wrapper is _functools._lru_cache_wrapper)

@lru_cache(maxsize=2)
def f(x, y=1):
    "doc of f"
    return x + y
print(f(1), f(1), f(2, y=3), f.cache_info(), f.cache_parameters(), f.__name__, f.__doc__,
      f.__wrapped__.__name__, f.__qualname__, f.__module__, type(f).__name__)
f.cache_clear()
print(f.cache_info(), f.__reduce__())

@cache
def g(x):
    return x * 2
print(g(2), g(2), g.cache_info())

@lru_cache
def h(x):
    return x
print(h(1), h.cache_info())

@lru_cache(maxsize=None, typed=True)
def ty(x):
    return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())

class A:
    @lru_cache(maxsize=None)
    def m(self, x):
        return x + 1
    pm = partialmethod(lambda self, a, b: (a, b), 1)
    @cached_property
    def cp(self):
        return 42
a = A()
print(a.m(1), a.m(1), A.m.cache_info(), a.pm(2), a.cp, a.__dict__)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))

def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def named(x):
    "named doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)

p = partial(max, 1, key=abs)
print(p(-3), p.args, p.keywords, repr(partial(len)))
print(reduce(lambda x, y: x * y, range(1, 6)), sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
import copy
print(copy.copy(f) is f, copy.deepcopy(f) is f)
