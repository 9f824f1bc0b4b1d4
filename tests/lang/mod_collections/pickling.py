# pickle round trips of deque, defaultdict, namedtuple, OrderedDict, Counter,
# partial, lru_cache functions (by name), the operator getters and deque
# iterators, at every protocol
import pickle
from collections import deque, defaultdict, namedtuple, OrderedDict, Counter
from functools import partial, lru_cache
from operator import itemgetter, attrgetter, methodcaller

P = namedtuple('P', 'x y')


@lru_cache(maxsize=4)
def cached(x):
    return x * 2


class Sub(deque):
    pass


def show(x):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        y = pickle.loads(pickle.dumps(x, proto))
        if proto == 0:
            print(type(y).__name__, end=' ')
    return y


d = show(deque([1, [2], 'x'], maxlen=5))
print(d, d.maxlen)
s = Sub([1, 2])
s.tag = 'tagged'
s2 = show(s)
print(s2, s2.tag)
dd = show(defaultdict(list, {1: [2]}))
print(dd, dd.default_factory)
print(show(defaultdict(None, {1: 2})))
print(show(P(1, [2])), show(OrderedDict(b=1, a=2)), show(Counter('abca')))
p = partial(max, 1, key=abs)
p.attr = 'a'
q = show(p)
print(q(-5), q.args, q.keywords, q.attr)
print(show(cached) is cached)
print(show(itemgetter(1))([0, 1]), show(itemgetter(0, 2))('abc'), show(attrgetter('real', 'imag'))(3j))
m = show(methodcaller('replace', 'a', 'b', 1))
print(m('aaa'))
m = show(methodcaller('split', sep=','))
print(m('a,b'))
it = iter(deque('abcdef'))
next(it); next(it)
print(list(show(it)))
r = reversed(deque('abcdef'))
next(r)
print(list(show(r)))


class Slotted(deque):
    __slots__ = ('x', 'y', '__dict__')


sl = Slotted('abc', 2)
sl.x = ['x']
sl.z = 'z'
print(sl.__reduce__()[:3])
sl2 = show(sl)
print(sl2, sl2.x, sl2.z, hasattr(sl2, 'y'), Slotted('q').__reduce__()[:3])
