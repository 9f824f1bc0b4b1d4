# defaultdict, _count_elements and _tuplegetter
import gc
from _collections import defaultdict, _count_elements, _tuplegetter


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, d.default_factory, isinstance(d, dict), len(d))
print(d == {'a': [1, 2], 'b': []}, 'c' in d, d.get('c'), len(d))
t(lambda: defaultdict()['x'])
t(lambda: defaultdict(None)[('a', 'b')])
t(lambda: defaultdict(3))
t(lambda: defaultdict(list, 5))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1, b=2))
print(defaultdict(int, [(1, 2)], c=3))
d = defaultdict(int)
for ch in 'mississippi':
    d[ch] += 1
print(sorted(d.items()))
print(d.__missing__('z'), d['z'])
d.default_factory = None
t(lambda: d['q'])
t(lambda: d.__missing__('q'))
d.default_factory = str
print(repr(d['q']))
del d.default_factory
print(d.default_factory)

# copies and pickling support
d = defaultdict(list, {1: [1]})
c = d.copy()
print(type(c).__name__, c, c[1] is d[1], c.default_factory)
c = d.__copy__()
print(c)
r = d.__reduce__()
print(r[:4], list(r[4]))
print(defaultdict().__reduce__()[:4])

# |
x = defaultdict(int, {1: 1})
y = x | {2: 2}
print(type(y).__name__, y)
y = {0: 0} | x
print(type(y).__name__, y)
x |= {3: 3}
print(x)
t(lambda: x | [1])
t(lambda: [1] | x)

# repr with recursion
d = defaultdict(list)
d[1] = d
print(d)

class F:
    def __call__(self):
        return 0
    def __repr__(self):
        return repr(dd)
dd = defaultdict(F())
print(repr(dd))

class Sub(defaultdict):
    pass
s = Sub(list)
s[1].append(2)
print(s, type(s.copy()).__name__, type(s | {}).__name__)
print(defaultdict[int, str])

# cycles through the factory are collected
class Holder:
    pass
h = Holder()
h.dd = defaultdict(lambda: h)
h.dd[0]
import _weakref
w = _weakref.ref(h)
del h
gc.collect()
print(w())
print(gc.is_tracked(defaultdict()))

# _count_elements
m = {}
_count_elements(m, 'abracadabra')
print(m)
_count_elements(m, 'aa')
print(m['a'])

class Counting(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)
c = Counting()
_count_elements(c, 'aba')
print(c)

class GetOnly:
    def __init__(self):
        self.d = {}
    def get(self, k, default):
        return self.d.get(k, default)
    def __setitem__(self, k, v):
        self.d[k] = v
g = GetOnly()
_count_elements(g, [1, 2, 1])
print(g.d)
t(lambda: _count_elements({}, 5))
t(lambda: _count_elements({}))
t(lambda: _count_elements({}, [[]]))
t(lambda: _count_elements(5, [1]))
m = {'a': 'x'}
t(lambda: _count_elements(m, 'a'))

# _tuplegetter
class P(tuple):
    x = _tuplegetter(0, 'the x')
    y = _tuplegetter(1, 'the y')
p = P((3, 4))
print(p.x, p.y, P.x.__doc__, type(P.__dict__['x']).__name__)
t(lambda: P((1,)).y)
def setx():
    p.x = 5
t(setx)
def delx():
    del p.x
t(delx)
g = _tuplegetter(0, None)
print(g.__get__(None, P) is g, g.__get__((9,)), g.__reduce__())
t(lambda: g.__get__(5))
t(lambda: _tuplegetter(1))
t(lambda: _tuplegetter('a', 'b'))
t(lambda: _tuplegetter(index=1, doc=2))
g.__doc__ = 'new'
print(g.__doc__, _tuplegetter(-1, 'neg').__get__((1, 2)) if False else 'skip')
t(lambda: _tuplegetter(-1, 'neg').__get__((1, 2)))
t(lambda: _tuplegetter(5, 'x').__get__((1,)))
