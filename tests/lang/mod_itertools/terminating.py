# accumulate, chain, compress, dropwhile, filterfalse, islice, pairwise,
# starmap, takewhile, zip_longest: values, edge cases, laziness, errors
# raised by the inputs.
import operator
import sys
from itertools import (accumulate, chain, compress, dropwhile, filterfalse, islice, pairwise,
                       starmap, takewhile, zip_longest, count, repeat)


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ", repr(r))


def lst(f, *args, **kwargs):
    show(lambda: list(f(*args, **kwargs)))


class Log:
    # an iterator that records how far it was read
    def __init__(self, items, name='it'):
        self.items = list(items)
        self.pos = 0
        self.name = name

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


print("-- accumulate")
print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate([5])))
print(list(accumulate([1, 2, 3], operator.mul)), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([3, 1, 4, 1, 5], func=min)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=7)))
print(list(accumulate([1, 2, 3], operator.sub, initial=10)), list(accumulate([1, 2], None)))
print(list(accumulate([[1], [2], [3]])), list(accumulate(iterable=[1, 2], func=None)))
print(list(accumulate([1.5, 2, 3j])), list(accumulate(range(5), lambda a, b: a * 10 + b)))
print(list(accumulate([1, 2], initial=None)))
lst(accumulate, [1, 'a'])
lst(accumulate, [1, 2], 'notcallable')
lst(accumulate, Log([1, 2, ValueError('boom'), 4]))
show(accumulate)
show(accumulate, 1)
show(accumulate, [1], None, None)
show(accumulate, [1], func=None, initial=1, x=2)
show(accumulate, [1], bogus=1)
show(accumulate, [1], operator.add, func=operator.add)
show(accumulate, func=operator.add)
show(accumulate, initial=3)
a = accumulate(Log([1, 2, 3]))
print(next(a), a.__reduce__()[1][1:], a.__reduce__()[2], a.__reduce__()[1][0] is a.__reduce__()[1][0])
a = accumulate([1, 2], initial=5)
r = a.__reduce__()
print(r[0] is accumulate, type(r[1][0]).__name__, r[1][1:], r[2], list(r[1][0]))
a = accumulate([None, 1, 2], lambda x, y: y if x is None else x)
print(next(a))
r = a.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1:], list(r[0](*r[1])))
a = accumulate([1, 2, 3, 4])
a.__setstate__(100)
print(list(a))
a = accumulate([10, 20])
next(a)
a.__setstate__(None)
lst(lambda: a)
a = accumulate([1, 2, 3], operator.mul)
print(a.__reduce__()[1][1] is operator.mul, a.__reduce__()[2])

print("-- chain")
print(list(chain()), list(chain([])), list(chain('ab', [], (1, 2), range(2), {'k': 0})))
print(list(chain.from_iterable([])), list(chain.from_iterable(['ab', 'cd'])))
print(list(chain.from_iterable(iter([range(2), range(3)]))), list(chain([[1, 2]])))
c = chain.from_iterable(repeat('xy'))
print([next(c) for _ in range(5)])
lst(chain, [1], 2, [3])
c = chain([1], 2, [3])
print(next(c))
show(next, c)
show(next, c)
lst(chain, Log([1, KeyError('k'), 3]))
lst(chain.from_iterable, 5)
show(chain, foo=1)
show(chain, [], foo=1)
show(chain.from_iterable)
show(chain.from_iterable, [], [])
print(chain[int], chain[str, int].__args__, chain.__class_getitem__(int).__origin__ is chain)
log = Log(['ab', 'cd'])
c = chain.from_iterable(log)
print(log.pos, next(c), log.pos, next(c), next(c), log.pos)
c = chain('ab', 'cd')
print(c.__reduce__()[0] is chain, c.__reduce__()[1], len(c.__reduce__()[2]))
next(c)
r = c.__reduce__()
print(len(r[2]), [type(x).__name__ for x in r[2]], list(r[2][1]))
print(list(c), c.__reduce__())
c = chain()
c.__setstate__((iter(['xy', 'z']),))
print(list(c))
c = chain()
c.__setstate__((iter(['xy', 'z']), iter([1, 2])))
print(list(c))
show(chain().__setstate__, [iter([])])
show(chain().__setstate__, ())
show(chain().__setstate__, ([],))
show(chain().__setstate__, (iter([]), []))
show(chain().__setstate__, (iter([]), iter([]), 3))


class MyChain(chain):
    pass


m = MyChain('ab', 'c')
print(type(m).__name__, list(m), type(MyChain.from_iterable(['q'])).__name__)
print(MyChain[int])

print("-- compress")
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('ABC', [])), list(compress([], [1])))
print(list(compress('ABCDEF', repeat(True))), list(compress(count(), [0, 0, 1, 1, 0, 1])))
print(list(compress(data='abc', selectors=[0, 1, 1])), list(compress('abc', selectors=[1])))
d, s = Log('abc'), Log([0, 1])
print(list(compress(d, s)), d.pos, s.pos)
lst(compress, Log([1, ValueError('data')]), [1, 1])
lst(compress, [1, 2], Log([1, ValueError('sel')]))


class BadBool:
    def __bool__(self):
        raise RuntimeError('no truth')


lst(compress, [1, 2], [1, BadBool()])
show(compress, 'a')
show(compress, 'a', 'b', 'c')
show(compress, 1, [1])
show(compress, [1], 2)
show(compress, 'a', data='b')
show(compress, data='a', selecters=[1])
print(compress('ab', [1]).__reduce__()[0] is compress,
      [type(x).__name__ for x in compress('ab', [1]).__reduce__()[1]])

print("-- dropwhile and takewhile")
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
print(list(dropwhile(lambda x: True, range(5))), list(takewhile(lambda x: True, range(3))))
print(list(dropwhile(lambda x: False, range(3))), list(takewhile(lambda x: False, range(3))))
it = Log(range(10))
t = takewhile(lambda x: x < 3, it)
print(list(t), it.pos, list(t), it.pos)
lst(dropwhile, lambda x: 1 / x, [1, 0, 2])
lst(takewhile, lambda x: 1 / x, [1, 0, 2])
lst(dropwhile, lambda x: x, [BadBool()])
lst(takewhile, lambda x: x, [BadBool()])
lst(dropwhile, None, [1])
lst(takewhile, 5, [1])
show(dropwhile, bool)
show(takewhile, bool, [], [])
show(dropwhile, bool, 3)
show(takewhile, predicate=bool, iterable=[])
d = dropwhile(lambda x: x < 2, [0, 1, 2, 3])
print(d.__reduce__()[1][1].__class__.__name__, d.__reduce__()[2])
next(d)
print(d.__reduce__()[2])
d = dropwhile(lambda x: x < 2, [0, 1, 2, 0])
d.__setstate__(True)
print(list(d))
t = takewhile(lambda x: x < 2, [0, 1, 2, 0])
print(t.__reduce__()[2], list(t), t.__reduce__()[2])
t = takewhile(lambda x: True, [0, 1])
t.__setstate__(1)
print(list(t))
t = takewhile(lambda x: True, [0, 1])
t.__setstate__([])
print(list(t))
show(t.__setstate__, BadBool())

print("-- filterfalse")
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])), list(filterfalse(bool, [0, 2, 0.0])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(str.isdigit, 'a1b22c')))
lst(filterfalse, lambda x: 1 / x, [1, 0])
lst(filterfalse, None, [BadBool()])
lst(filterfalse, 3, [1])
show(filterfalse, None)
show(filterfalse, None, [], function=None)
show(filterfalse, None, 5)
f = filterfalse(None, [1])
print(f.__reduce__()[0] is filterfalse, f.__reduce__()[1][0])

print("-- islice")
s = 'ABCDEFGHIJ'
for args in [(2,), (None,), (0,), (2, 4), (2, None), (None, 3), (1, 9, 2), (0, None, 3),
             (20,), (5, 2), (3, 3), (None, None, None), (1, None, None), (0, 100, 100),
             (sys.maxsize,), (2, sys.maxsize, sys.maxsize), (sys.maxsize, None)]:
    print(args, ''.join(islice(s, *args)))
it = Log(range(10))
sl = islice(it, 2, 6, 2)
print(next(sl), it.pos, next(sl), it.pos)
show(next, sl)
print(it.pos)
it = Log(range(10))
print(list(islice(it, 3)), it.pos)
it = Log(range(10))
print(list(islice(it, 0)), it.pos, list(islice(it, 1, 1)), it.pos)
print(list(islice(count(), 3, 12, 4)), list(islice(count(sys.maxsize - 3), 2, 5)))
for args in [(-1,), (-5,), ('a',), (1.5,), (-1, 5), (1, -1), (1, -2), (0, 5, 0), (0, 5, -1),
             ('a', 5), (0, 'b'), (0, 5, 'c'), (1, 2, 1.0), (None, None, 0), (-10 ** 30, None),
             (10 ** 30,), (10 ** 30, None), (0, 10 ** 30), (0, None, 10 ** 30),
             (sys.maxsize + 1,), (0, sys.maxsize + 1), (-1, None), (None, -1), (1, None, -10 ** 30)]:
    print(args, end=' ')
    show(islice, s, *args)
show(islice, s)
show(islice, s, 1, 2, 3, 4)
show(islice)
show(islice, s, stop=3)
show(islice, 5, 3)
lst(islice, Log([1, ValueError('in islice'), 3]), 5)


class Idx:
    def __index__(self):
        return 2


print(list(islice(s, Idx())), list(islice(s, Idx(), None, Idx())))
sl = islice(s, 1, 8, 3)
print(sl.__reduce__()[1][1:], sl.__reduce__()[2])
next(sl)
print(sl.__reduce__()[1][1:], sl.__reduce__()[2])
print(list(sl), sl.__reduce__()[1][1:], sl.__reduce__()[2], type(sl.__reduce__()[1][0]).__name__)
sl = islice(s, 4)
print(sl.__reduce__()[1][1:], islice(s, None).__reduce__()[1][1:])
sl = islice(iter(s), 0, 5)
sl.__setstate__(3)
print(list(sl))
show(sl.__setstate__, 'x')


class MySlice(islice):
    pass


print(list(MySlice('abcdef', 1, None, 2)), type(MySlice('a', 1)).__name__)
show(MySlice, 'abc', stop=1)

print("-- pairwise")
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')), list(pairwise(range(3))))
p = pairwise(Log([1, 2, ValueError('pw'), 4]))
print(next(p))
show(next, p)
show(next, p)
show(pairwise)
show(pairwise, 1)
show(pairwise, 'a', 'b')
show(pairwise, iterable='a')
it = Log('abc')
p = pairwise(it)
print(it.pos, next(p), it.pos)


class MyPairs(pairwise):
    pass


print(list(MyPairs([1, 2, 3])))

print("-- starmap")
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [])))
print(list(starmap(lambda *a: a, [[1, 2], 'ab', (), range(2)])))
lst(starmap, pow, [(1, 2), 3])
lst(starmap, pow, [(1, 2, 3, 4)])
lst(starmap, None, [(1,)])
show(starmap, pow)
show(starmap, pow, 3)
show(starmap, function=pow, iterable=[])


class T(tuple):
    pass


print(list(starmap(lambda *a: a, [T((1, 2))])))
sm = starmap(pow, [(2, 2)])
print(sm.__reduce__()[0] is starmap, sm.__reduce__()[1][0] is pow)

print("-- zip_longest")
print(list(zip_longest()), list(zip_longest('ab')), list(zip_longest('abc', 'x')))
print(list(zip_longest('a', 'xyz', fillvalue='-')), list(zip_longest([], [], fillvalue=1)))
print(list(zip_longest('ab', range(4), 'c', fillvalue=None)), list(zip_longest(fillvalue=3)))
print(list(zip_longest(*[range(i) for i in range(4)], fillvalue='.')))
show(zip_longest, 'a', fill=1)
show(zip_longest, 'a', fillvalue=1, other=2)
show(zip_longest, 'a', 5)
lst(zip_longest, Log([1, ValueError('zl')]), 'abcd')
lst(zip_longest, 'abcd', Log([1, 2, ValueError('zl2')]))
z = zip_longest('abc', 'x', fillvalue=0)
print(next(z), next(z))
r = z.__reduce__()
print(r[0] is zip_longest, [type(x).__name__ for x in r[1]], r[2])
z.__setstate__('FILL')
print(list(z))
z = zip_longest('ab', 'cd')
results = [next(z), next(z)]
print(results, list(z), list(z))
res = list(zip_longest('abc', 'de'))
print(res, len({id(t) for t in res}) == len(res))


class MyZip(zip_longest):
    pass


print(list(MyZip('ab', 'c', fillvalue='?')))
