# groupby and its _grouper; tee, _tee and _tee_dataobject.
import copy
import itertools
from itertools import groupby, tee


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ", repr(r))


class Log:
    def __init__(self, items):
        self.items = list(items)
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items):
            raise StopIteration
        v = self.items[self.pos]
        self.pos += 1
        if isinstance(v, BaseException):
            raise v
        return v


print("-- groupby basics")
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], list(groupby('')), list(groupby([])))
print([(k, list(g)) for k, g in groupby(range(10), lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(['a', 'B', 'b', 'c', 'C'], key=str.lower)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0], None)])
print([(k, ''.join(g)) for k, g in groupby(iterable='xxyz', key=None)])
print([(k, list(g)) for k, g in groupby([[1], [1], [2]])])

print("-- groups are consumed by the parent")
groups = list(groupby('aaabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(g2))
gb = groupby('aabbcc')
_, g1 = next(gb)
_, g2 = next(gb)
print(list(g2), list(g1))
_, g3 = next(gb)
print(list(g3))
show(next, gb)
log = Log('aabbb')
gb = groupby(log)
print(log.pos)
k, g = next(gb)
print(k, log.pos, next(g), log.pos, next(g), log.pos)
show(next, g)
print(log.pos)
print(type(g).__name__, type(g) is itertools._grouper, iter(g) is g)

print("-- groupby errors")
show(groupby)
show(groupby, 5)
show(groupby, 'a', None, 3)
show(groupby, 'a', keyfunc=len)
show(groupby, 'a', len, key=len)
show(groupby, key=len)
gb = groupby([1, 'a', 2], key=lambda x: x + 1)
print(next(gb)[0])
show(next, gb)
gb = groupby(Log([1, 1, ValueError('source'), 2]))
k, g = next(gb)
print(k, next(g), next(g))
show(next, g)


class NoEq:
    def __eq__(self, other):
        raise TypeError('cannot compare')

    def __hash__(self):
        return 0


gb = groupby([NoEq(), NoEq()])
k, g = next(gb)
print(type(k).__name__, type(next(g)).__name__)
show(next, g)
gb = groupby([1, 2], key=5)
show(next, gb)

print("-- groupby reduce")
gb = groupby('aab')
r = gb.__reduce__()
print(r[0] is groupby, type(r[1][0]).__name__, r[1][1], len(r))
k, g = next(gb)
r = gb.__reduce__()
print(r[1][1], r[2])
gr = g.__reduce__()
print(gr[0] is itertools._grouper, gr[1][0] is gb, gr[1][1])
next(gb)
gr = g.__reduce__()
print(gr[0].__name__, gr[1])
gb = groupby('xxyy', str.upper)
print(gb.__reduce__()[1][1] is str.upper)
gb = groupby('abc')
gb.__setstate__(('q', 'q', 'q'))
print([(k, list(g)) for k, g in gb])
show(gb.__setstate__, ['a', 'b', 'c'])
show(gb.__setstate__, ('a', 'b'))


class MyGroupBy(groupby):
    pass


print([(k, list(g)) for k, g in MyGroupBy('xxy')], MyGroupBy('a').__reduce__()[0] is MyGroupBy)

print("-- _grouper")
gb = groupby('aab')
k, g = next(gb)
g2 = itertools._grouper(gb, 'a')
print(list(g2), list(g))
show(itertools._grouper, 1, 2)
show(itertools._grouper, None, 2)
show(itertools._grouper, gb)
show(itertools._grouper, gb, 1, x=2)
show(type, 'G', (itertools._grouper,), {})

print("-- tee")
a, b = tee('abcdef')
print(next(a), next(a), next(b), list(a), list(b))
print(tee('ab', 0), len(tee('ab', 5)), [list(t) for t in tee('xyz', 3)])
a, = tee([1, 2], 1)
print(type(a).__name__, list(a))
t1, t2 = tee(range(200))
print(sum(t1), sum(t2))
t1, t2 = tee(range(200))
print(sum(1 for _ in t1), next(t2), list(t2)[-1])
log = Log(range(10))
a, b = tee(log)
print(log.pos, next(a), next(a), log.pos, next(b), log.pos)
a, b = tee(Log([1, ValueError('tee source'), 3]))
print(next(a))
show(next, a)
print(next(b), next(a))
show(next, b)
show(tee)
show(tee, 'a', -1)
show(tee, 'a', 'b')
show(tee, 'a', 2.0)
show(tee, 5)
show(tee, 'a', 2, 3)
show(tee, 'a', n=2)
show(tee, 'a', 10 ** 30)

print("-- tee copies")
a, b = tee('abc')
c = copy.copy(a)
print(type(c).__name__, next(a), list(c), list(b))
a, b = tee(iter(range(5)))
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))
t = itertools._tee(iter('xyz'))
u, v = tee(t)
print(type(u) is itertools._tee, u is t, v is not t, list(u), list(v))
t = itertools._tee('abc')
print(next(t))
t2 = itertools._tee(t)
print(list(t2), list(t))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __copy__(self):
        return Copyable(self.n)


x, y = tee(Copyable(3))
print(type(x).__name__, list(x), list(y))
show(itertools._tee)
show(itertools._tee, 1)
show(itertools._tee, 'a', 'b')
show(itertools._tee, iterable='a')
show(type, 'T', (itertools._tee,), {})
import weakref
t = itertools._tee('ab')
w = weakref.ref(t)
print(w() is t)
del t
print(w())

print("-- tee across blocks")
a, b = tee(range(300))
first = [next(a) for _ in range(130)]
print(first[-1], next(b), sum(a), sum(b))
a, b = tee(range(120))
for _ in range(60):
    next(a)
c = copy.copy(a)
print(next(c), list(c)[-1], next(a))


def reenter():
    yield next(t1)


t1, t2 = tee(reenter())
show(next, t1)

print("-- tee reduce and setstate")
a, b = tee('abc')
next(a)
r = a.__reduce__()
print(r[0] is itertools._tee, r[1], type(r[2][0]).__name__, r[2][1])
d = r[2][0].__reduce__()
print(d[0] is itertools._tee_dataobject, type(d[1][0]).__name__, d[1][1:])
next(a)
next(b)
print(r[2][0].__reduce__()[1][1:], b.__reduce__()[2][1])
a, b = tee(range(70))
for _ in range(60):
    next(a)
dr = b.__reduce__()[2][0].__reduce__()
print(len(dr[1][1]), type(dr[1][2]).__name__, a.__reduce__()[2][1])
n = itertools._tee(())
n.__setstate__(b.__reduce__()[2])
print(next(n), next(b), next(n))
show(n.__setstate__, [])
show(n.__setstate__, (1, 2))
show(n.__setstate__, (dr[1][2], 58))
show(n.__setstate__, (dr[1][2], -1))
show(n.__setstate__, (dr[1][2],))

print("-- _tee_dataobject")
D = itertools._tee_dataobject
d = D(iter('xyz'), [1, 2], None)
t = itertools._tee(())
t.__setstate__((d, 0))
print(list(t))
t = itertools._tee(())
t.__setstate__((d, 1))
print(list(t))
show(D, iter([]), (1,), None)
show(D, iter([]), [], 5)
show(D, iter([]), list(range(58)), None)
full = D(iter('q'), list(range(57)), None)
print(type(D(iter([]), list(range(57)), full)).__name__)
show(D, iter([]), list(range(57)), 5)
show(D, iter([]), [])
show(D, iter([]), [], None, x=1)
show(type, 'D', (D,), {})
t = itertools._tee(())
t.__setstate__((D(iter('q'), list(range(57)), D(iter('r'), ['last'], None)), 55))
print(list(t))
