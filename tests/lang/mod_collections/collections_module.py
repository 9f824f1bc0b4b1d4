# collections/__init__.py on top of _collections: namedtuple (_tuplegetter),
# Counter (_count_elements), OrderedDict, ChainMap, the User* classes
import collections
from collections import (namedtuple, OrderedDict, Counter, ChainMap, UserDict,
                         UserList, UserString, deque, defaultdict)
import _collections

print(deque is _collections.deque, defaultdict is _collections.defaultdict)
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p.y, p._asdict(), p._replace(x=5), P._fields, P.x.__doc__)
print(type(P.__dict__['x']).__name__, P._make([3, 4]), p == (1, 2), hash(p) == hash((1, 2)))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1], rename=False, module='m')
print(Q(5), Q.__module__, Q._field_defaults)
R = namedtuple('R', 'def class x', rename=True)
print(R._fields)
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:6], c.total())
c.update('aaz')
c.subtract({'a': 1})
print(sorted(c.items()), c + Counter('zz'), c & Counter('ab'), -Counter(a=-2))
class MyCounter(Counter):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
print(sorted(MyCounter('aab').items()))
o = OrderedDict(a=1, b=2)
o.move_to_end('a')
o['c'] = 3
print(o, list(reversed(o)), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1) == OrderedDict(a=1))
cm = ChainMap({1: 2}, {3: 4})
print(cm[3], len(cm), cm.new_child({5: 6}).maps, list(cm))
print(UserDict(a=1), UserList([1]) + [2], UserString('x') * 3)
dq = deque(range(5), maxlen=3)
print(dq, defaultdict(list))
