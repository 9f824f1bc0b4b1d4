# copy.copy and copy.deepcopy of deques, defaultdicts, partials, the
# operator getters and deque iterators, through their __reduce__ methods
import copy
from _collections import deque, defaultdict
from _functools import partial
from _operator import itemgetter, attrgetter, methodcaller
d = deque([[1], [2]], maxlen=5)
e = copy.deepcopy(d)
print(e, e.maxlen, e[0] is d[0], copy.copy(d)[0] is d[0])
class S(deque):
    pass
s = S([1, [2]])
s.attr = 'x'
s2 = copy.deepcopy(s)
print(type(s2).__name__, s2, s2.attr)
dd = defaultdict(list, {1: [1]})
dd2 = copy.deepcopy(dd)
print(dd2, dd2[1] is dd[1], dd2.default_factory)
p = partial(max, [1], key=len)
p2 = copy.deepcopy(p)
print(p2.args, p2.args[0] is p.args[0], p2.keywords)
p.x = 1
print(copy.copy(p).__dict__)
print(copy.deepcopy(itemgetter(1, 2)), copy.copy(attrgetter('a.b')), copy.deepcopy(methodcaller('f', 1)))
it = iter(deque('abc'))
next(it)
print(list(copy.copy(it)))
r = reversed(deque('abc'))
next(r)
print(list(copy.deepcopy(r)))
