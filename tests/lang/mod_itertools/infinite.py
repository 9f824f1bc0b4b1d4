# count, cycle and repeat: values, reprs, keywords, errors, reduce.
import sys
from itertools import count, cycle, repeat, islice


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ", repr(r))


def take(it, n):
    return [next(it) for _ in range(n)]


class Num:
    # a number that is not an int: count() takes its slow path
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    __radd__ = __add__

    def __repr__(self):
        return 'Num(%r)' % (self.v,)


print("-- count values")
print(take(count(), 4), take(count(5), 3), take(count(-2), 4))
print(take(count(10, -3), 4), take(count(0, 0), 3), take(count(start=3, step=2), 3))
print(take(count(step=5), 3), take(count(1.5, 0.5), 4), take(count(2.5), 3))
print(take(count(1, 0.25), 4), take(count(Num(1), Num(2)), 4))
print(take(count(Num(1.5), 1), 3), take(count(1j, 1j), 3), take(count(1, Num(3)), 2))
print(take(count(True), 3), take(count(1, True), 3), take(count(False, 2), 2))

print("-- count near and beyond sys.maxsize")
c = count(sys.maxsize - 2)
print([v - sys.maxsize for v in take(c, 5)])
c = count(sys.maxsize)
print(next(c) == sys.maxsize, next(c) == sys.maxsize + 1)
print(repr(c) == 'count(%d)' % (sys.maxsize + 2))
c = count(-sys.maxsize - 1)
print(take(c, 2) == [-sys.maxsize - 1, -sys.maxsize])
print(repr(count(-sys.maxsize - 1)))
c = count(10 ** 30, 10 ** 29)
print(take(c, 3), repr(c))
c = count(2 ** 70, -1)
print([v - 2 ** 70 for v in take(c, 3)])
c = count(0, 2 ** 70)
print(take(c, 3), repr(c))
c = count(5, 2 ** 64 + 1)
print(take(c, 2), repr(c))

print("-- count reprs")
for args in [(), (5,), (-7,), (1.5,), (1.5, 0.5), (0, 2), (0, 1.0), (3, -1), (1, 1),
             (Num(2),), (Num(2), 1), (Num(2), Num(1)), (1, Num(1)), (10 ** 25,), (10 ** 25, 1), (1j,)]:
    c = count(*args)
    print(args, repr(c))
c = count(3)
next(c)
next(c)
print(repr(c))
c = count(1.0, 0.5)
next(c)
print(repr(c))


class MyCount(count):
    pass


print(repr(MyCount(4)), repr(MyCount(1.5, 2)), take(MyCount(7), 2), type(MyCount(1)).__name__)

print("-- count reduce")
print(count(4).__reduce__()[1], count(4, 2).__reduce__()[1], count(2.5).__reduce__()[1])
c = count(10)
next(c)
r = c.__reduce__()
print(r[0] is count, r[1], take(r[0](*r[1]), 2))
c = count(1.5, 0.25)
next(c)
r = c.__reduce__()
print(r[0] is count, r[1], take(r[0](*r[1]), 2))
print(MyCount(3).__reduce__()[0] is MyCount)

print("-- count errors")
show(count, 'a')
show(count, 1, 'b')
show(count, None)
show(count, [1])
show(count, 1, 2, 3)
show(count, foo=1)
show(count, 1, start=2)
show(count, 1, 2, step=3)
show(count, start=1, step=2, extra=3)
show(count, step=2, bogus=1)
c = count('a'.__class__ and 0, 1)
print(take(c, 2))


class Weird:
    def __index__(self):
        return 5

    def __add__(self, other):
        return 'added'


c = count(Weird())
print(type(next(c)).__name__)
show(next, c)
show(next, c)

c = count(1.5, Num(0.5))
print(take(c, 3))
c = count(1.0, 'x' and 1)
print(take(c, 2))


class Explode:
    def __float__(self):
        return 1.0

    def __add__(self, other):
        raise ArithmeticError('cannot add')

    def __repr__(self):
        return 'Explode()'


c = count(Explode())
show(next, c)
print(repr(c))
print(repr(count(Explode(), 2)))

print("-- cycle")
c = cycle('abc')
print(take(c, 8))
print(take(cycle([1]), 3), list(cycle([])), list(cycle(iter([]))))
c = cycle(range(3))
take(c, 4)
print(take(c, 4))
show(cycle)
show(cycle, 1)
show(cycle, [1], [2])
show(cycle, iterable=[1])
show(cycle, None)

items = []


def gen():
    for i in range(3):
        items.append(i)
        yield i


c = cycle(gen())
print(items, next(c), items, take(c, 5), items)


def failing():
    yield 1
    raise KeyError('inner')


c = cycle(failing())
print(next(c))
show(next, c)
show(next, c)

print("-- cycle reduce and setstate")
c = cycle('ab')
r = c.__reduce__()
print(r[0] is cycle, type(r[1][0]).__name__, r[2])
next(c)
r = c.__reduce__()
print(r[2])
take(c, 2)
r = c.__reduce__()
print(type(r[1][0]).__name__, r[2], list(r[1][0]))
next(c)
r = c.__reduce__()
print(type(r[1][0]).__name__, r[2], list(r[1][0]))
d = cycle(iter([]))
d.__setstate__((['x', 'y', 'z'], True))
print(take(d, 5))
d = cycle('pq')
d.__setstate__((['x'], False))
print(take(d, 5))
show(cycle('a').__setstate__, ['x'])
show(cycle('a').__setstate__, (['x'],))
show(cycle('a').__setstate__, (('x',), 1))
show(cycle('a').__setstate__, (['x'], 'no'))

print("-- repeat")
print(list(repeat('a', 3)), list(repeat(None, 0)), list(repeat(1, -5)), take(repeat(7), 3))
print(list(repeat(object='o', times=2)), list(repeat('x', times=2)), take(repeat(object=1), 2))
print(repr(repeat('a')), repr(repeat('a', 3)), repr(repeat([1, 2], 0)), repr(repeat(1, -4)))
print(repr(repeat(1, times=-1)), repr(repeat(None, True)))
r = repeat('z', 2)
next(r)
print(repr(r), r.__length_hint__())
next(r)
print(repr(r), r.__length_hint__(), list(r), repr(r))
print(repeat(1, 10).__length_hint__(), repeat(1, -3).__length_hint__())
show(repeat(1).__length_hint__)
import operator
print(operator.length_hint(repeat(1, 4)), operator.length_hint(repeat(1), 99))
print(list(repeat(1, 3)).__len__(), len(list(repeat('q', 4))))
show(len, repeat(1, 3))
print(repeat('a', 3).__reduce__()[1], repeat('a').__reduce__()[1], repeat(1, -2).__reduce__()[1])
r = repeat([1], 3)
print(r.__reduce__()[0] is repeat, next(r) is next(r))
show(repeat)
show(repeat, 1, 2, 3)
show(repeat, 1, 'x')
show(repeat, 1, 2.5)
show(repeat, 1, None)
show(repeat, 1, times='x')
show(repeat, 1, 10 ** 30)
show(repeat, 1, -10 ** 30)
show(repeat, times=3)
show(repeat, 1, foo=2)
show(repeat, 1, object=2)
show(repeat, object=1, times=2, foo=3)
show(repeat, 1, 2, times=3)


class Rep(repeat):
    pass


print(repr(Rep('s', 2)), list(Rep('s', 2)), Rep('s').__reduce__()[0] is Rep)
print(list(islice(repeat('w'), 4)))
