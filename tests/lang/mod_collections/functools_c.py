# _functools: partial, reduce, cmp_to_key and _lru_cache_wrapper used
# directly (functools.py wraps them)
import gc
from _weakref import ref
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def f(*a, **k):
    return a, dict(sorted(k.items()))


# partial: calls, flattening, attributes
p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9), p.args, p.keywords, p.func is f)
q = partial(p, 7, c=8)
print(q.func is f, q.args, q.keywords, q(0))
p.attr = 1
r = partial(p, 0)
print(r.func is p, r.args, r())
print(partial(f)(), partial(f)(1, x=2), partial(f, *range(10))(*range(10, 20))[0][-3:])
print(partial(partial(partial(f, 1), 2), 3).args)
print(repr(partial(len)), repr(partial(len, 'ab', key=None)).replace("'", '"'))
class S(partial):
    pass
print(repr(S(len, [1])), type(S(len)).__name__, S(S(f, 1), 2).args)
t(lambda: partial())
t(lambda: partial(1))
t(lambda: partial(func=f))
t(lambda: p.__setstate__(1))
t(lambda: p.__setstate__((1, 2, 3, 4)))
t(lambda: p.__setstate__((f, [], None, None)))
t(lambda: p.__setstate__((f, (), 5, None)))
def ro():
    p.func = len
t(ro)
red = p.__reduce__()
print(red[0].__name__, red[1][0] is f, red[2][1:])
s = partial(f)
s.__setstate__((f, (1,), None, None))
print(s(), s.keywords, s.__dict__)
s.__setstate__((len, ('abc',), {'a': 1}, {'z': 1}))
print(s.args, s.keywords, s.__dict__, s.z)
class T(tuple):
    pass
s.__setstate__((f, T((5,)), {}, None))
print(type(s.args).__name__, s())
print(hasattr(partial, '__get__'))
class C:
    m = partial(f, 'unbound')
print(C().m(1))
w = ref(p)
print(w() is p)
kw = {'a': 1}
p2 = partial(f, **kw)
kw['a'] = 2
print(p2())
p2.keywords['a'] = 3
print(p2())
def mutate(**k):
    k['new'] = 1
    return k
p3 = partial(mutate, x=1)
print(p3(), p3())
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).count('...'))
print(partial[int])
t(lambda: partial(f, 1)(**{1: 2}))

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, ['x']))
t(lambda: reduce(f, []))
t(lambda: reduce(f, 1))
t(lambda: reduce(f))
t(lambda: reduce(f, [], 1, 2))
t(lambda: reduce(f, [], initial=1))
t(lambda: reduce(lambda a, b: 1 / 0, [1, 2]))
def gen():
    yield 1
    raise KeyError('gen')
t(lambda: reduce(lambda a, b: a, gen(), 0))

# cmp_to_key
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), sorted('bca', key=cmp_to_key(lambda a, b: ord(b) - ord(a))))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, K.obj)
t(lambda: k1 < 2)
t(lambda: hash(k1))
t(lambda: K())
t(lambda: K(1, 2))
t(lambda: K(obj=5).obj)
t(lambda: cmp_to_key())
t(lambda: cmp_to_key(mycmp=len)(1).obj)
t(lambda: K < K)
print(type(K).__name__, type(K).__module__)
k1.obj = 9
print(k1 > k2)

# _lru_cache_wrapper
calls = []
def sq(x, *rest, **kw):
    calls.append(x)
    return x * x

def info(*a):
    return a

c = _lru_cache_wrapper(sq, 2, False, info)
print([c(i) for i in (1, 2, 1, 3, 2, 1)], calls, c.cache_info())
c.cache_clear()
print(c.cache_info(), c(2), c.cache_info())
calls.clear()
u = _lru_cache_wrapper(sq, None, False, info)
print([u(i) for i in (1, 2, 1, 2, 3)], calls, u.cache_info())
calls.clear()
z = _lru_cache_wrapper(sq, 0, False, info)
print([z(i) for i in (1, 1)], calls, z.cache_info())
print(_lru_cache_wrapper(sq, -5, False, info).cache_info())
print(_lru_cache_wrapper(sq, True, False, info).cache_info())
t(lambda: _lru_cache_wrapper(sq, 'a', False, info))
t(lambda: _lru_cache_wrapper(1, 1, False, info))
t(lambda: _lru_cache_wrapper(sq))

# keys: typed, keywords, one str or int argument
calls.clear()
c = _lru_cache_wrapper(sq, 10, False, info)
c(3); c(3.0); c(3, k=1); c(3, k=1); c(3, k=True); c(x=3)
print(calls, c.cache_info())
calls.clear()
c = _lru_cache_wrapper(sq, 10, True, info)
c(3); c(3.0); c(3, k=1); c(3, k=True); c(3)
print(calls, c.cache_info())
t(lambda: c([]))

class H:
    n = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        H.n += 1
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __mul__(self, o):
        return self.v * o.v
for size in (None, 2):
    H.n = 0
    c = _lru_cache_wrapper(sq, size, False, info)
    h = H(4)
    c(h); c(h); c(H(5)); c(H(6)); c(h)
    print(size, H.n, c.cache_info())

# recursion through the cache
def fib(n):
    return n if n < 2 else cfib(n - 1) + cfib(n - 2)
cfib = _lru_cache_wrapper(fib, 3, False, info)
print(cfib(30), cfib.cache_info())
cfib = _lru_cache_wrapper(fib, None, False, info)
print(cfib(80), cfib.cache_info())

# exceptions are not cached
def boom(x):
    calls.append('boom')
    raise ValueError(x)
calls.clear()
b = _lru_cache_wrapper(boom, 4, False, info)
t(lambda: b(1))
t(lambda: b(1))
print(calls, b.cache_info())

# as a method, copies, pickling name, __dict__
class A:
    def meth(self, x):
        return (type(self).__name__, x)
    meth = _lru_cache_wrapper(meth, 4, False, info)
a = A()
print(a.meth(1), A.meth(a, 2), A.meth.cache_info())
print(type(a.meth).__name__, a.meth.__self__ is a)
c = _lru_cache_wrapper(sq, 4, False, info)
print(c.__copy__() is c, c.__deepcopy__({}) is c)
c.__qualname__ = 'sq'
c.__wrapped__ = sq
print(c.__reduce__(), c.__dict__ == {'__qualname__': 'sq', '__wrapped__': sq})
t(lambda: _lru_cache_wrapper(sq, 4, False, info).__reduce__())

# eviction runs old keys' __del__ only after the cache is consistent
class D:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
    def __del__(self):
        print('del', self.v, c2.cache_info()[3])
def ident(x):
    return x.v
c2 = _lru_cache_wrapper(ident, 1, False, info)
c2(D(1))
c2(D(2))
c2.cache_clear()
print('cleared')

# cycles through the cache are collected
class Obj:
    pass
o = Obj()
o.c = _lru_cache_wrapper(lambda x: o, 3, False, info)
o.c(1)
w = ref(o)
del o
gc.collect()
print(w())
