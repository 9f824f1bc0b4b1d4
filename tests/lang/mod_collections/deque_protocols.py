# deque: comparisons, + and *, copies, pickling support, repr, mutation
# during iteration, subclasses, weak references and the garbage collector
import gc
from _weakref import ref as weakref_ref
from _collections import deque, _deque_iterator, _deque_reverse_iterator


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# comparisons
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != [1, 2, 3])
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2, 3]) > deque([1, 2]), deque() <= deque())
print(deque([1, 2]) >= deque([1, 2]), deque([2]) > deque([1, 9, 9]))
t(lambda: a < 3)
t(lambda: a < [1])
t(lambda: hash(a))
print(deque([float('nan')]) == deque([float('nan')]))
n = float('nan')
print(deque([n]) == deque([n]))

# + and *
print(a + b, a + deque(), deque() + a)
t(lambda: a + [1])
t(lambda: a + 'x')
print(a * 2, 2 * a, a * 0, a * -1, deque() * 5)
t(lambda: a * 'a')
t(lambda: a * 1.5)
c = deque([1, 2], maxlen=5)
print(c * 4, (c * 4).maxlen)
c *= 3
print(c)
c = deque('ab', maxlen=3)
c += 'cde'
print(c)
c = deque([7])
c *= 5
print(c)
c = deque([7], maxlen=3)
c *= 100
print(c)
c = deque('xyz')
c += c
print(c)
c.extend(c)
print(c)
c.extendleft(c)
print(len(c), c[0])
c = deque([1, 2, 3])
c *= 0
print(c)
t(lambda: deque([1, 2]) * (2 ** 62))

# copies
d = deque([[1], [2]], maxlen=4)
e = d.copy()
print(e, e is d, e[0] is d[0], e.maxlen)
f = d.__copy__()
print(f, f.maxlen)
print(d.__reduce__()[:3], list(d.__reduce__()[3]))
print(deque('ab').__reduce__()[:3])

# repr, including recursion
d = deque()
d.append(d)
print(d)
d2 = deque([1, d])
print(d2)
print(repr(deque(range(3), maxlen=7)))
print(repr(deque(maxlen=0)))

class Sub(deque):
    pass

s = Sub([1, 2], 3)
print(s, type(s.copy()).__name__, s.copy().maxlen, type(s + s).__name__, type(s * 2).__name__)
s.x = 5
print(s.__reduce__()[:3])
print(Sub() == deque(), type(s.__copy__()).__name__)

class Bad(deque):
    def __init__(self, *args):
        pass
    def __new__(cls, *args):
        return 42

t(lambda: deque.copy(Bad.__new__(Bad) if False else deque.__new__(Bad)))

# mutation during iteration
d = deque(range(5))
it = iter(d)
next(it)
d.append(5)
t(lambda: next(it))
t(lambda: next(it))
d = deque(range(5))
it = reversed(d)
d.pop()
t(lambda: next(it))
d = deque(range(3))
it = iter(d)
d[0] = 'x'
print(list(it))

class Mut:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return False

d = deque()
d.extend([1, 2, 3])
m = Mut(d)
t(lambda: m in d)
t(lambda: d.count(m))
t(lambda: d.index(m))
t(lambda: d.remove(m))

class BadEq:
    def __eq__(self, other):
        raise ZeroDivisionError('cmp')

t(lambda: BadEq() in deque([1]))
t(lambda: deque([1]).count(BadEq()))
t(lambda: deque([BadEq()]) == deque([1]))

# iterator constructors, length hints and pickling support
d = deque('abcdef')
print(list(_deque_iterator(d)), list(_deque_iterator(d, 2)), list(_deque_iterator(d, 10)))
print(list(_deque_reverse_iterator(d, 2)))
it = iter(d)
next(it)
print(it.__reduce__()[1][1], it.__length_hint__())
r = reversed(d)
next(r); next(r)
print(r.__reduce__()[1][1], r.__length_hint__(), list(r))
t(lambda: _deque_iterator([1]))
t(lambda: _deque_iterator(d, 'x'))
print(type(iter(d)).__name__, type(reversed(d)).__name__, type(iter(d)).__module__)

# weak references and cycles through a deque
d = deque([1])
w = weakref_ref(d)
print(w() is d)
del d
print(w())
class Node:
    pass
n = Node()
n.d = deque([n])
w = weakref_ref(n)
del n
gc.collect()
print(w())
print(gc.is_tracked(deque()))

# sizes as CPython counts them
print(deque().__sizeof__() == deque([1, 2, 3]).__sizeof__())
print(deque(range(200)).__sizeof__() - deque().__sizeof__())

# __class_getitem__
print(deque[int], deque[int].__origin__ is deque)

# a deque that is cleared by an item's __del__ while being cleared
class Clearer:
    def __del__(self):
        dd.append('late')
dd = deque([Clearer(), 1, 2])
dd.clear()
print(dd)
