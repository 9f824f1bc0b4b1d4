# Constructors called directly and through subclasses (with and without
# their own __init__): the same arguments give the same results and the
# same errors; __new__ called explicitly; keyword dicts built at run time.
import itertools as it


def show(f, /, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        try:
            r = list(it.islice(r, 6))
            # groupby: show the groups, not their addresses
            r = [(x[0], 'group') if isinstance(x, tuple) and len(x) == 2
                 and isinstance(x[1], it._grouper) else x for x in r]
        except Exception as e:
            r = (type(e).__name__, str(e))
        print("  ", r)


names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
         'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
         'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'zip_longest']
plain = {n: type('Sub_' + n, (getattr(it, n),), {}) for n in names}


def init(self, *args, **kwargs):
    self.seen = (args, sorted(kwargs))


with_init = {n: type('Init_' + n, (getattr(it, n),), {'__init__': init}) for n in names}

calls = {
    'accumulate': [((), {}), (([1, 2],), {}), (([1, 2], None), {'initial': 0}),
                   (([1, 2],), {'func': None, 'initial': 5}), (([1],), {'x': 1}),
                   (([1], None, 1), {}), ((), {'iterable': [3, 4]})],
    'chain': [((), {}), (('ab', 'c'), {}), (('ab',), {'x': 1})],
    'combinations': [(('abc', 2), {}), (('abc',), {'r': 2}), ((), {'iterable': 'ab', 'r': 1}),
                     (('abc',), {}), (('abc', 2), {'r': 2}), (('abc', 2), {'z': 2})],
    'combinations_with_replacement': [(('ab', 2), {}), ((), {'r': 1, 'iterable': 'xy'}),
                                      (('ab',), {'q': 1})],
    'compress': [(('abc', [1, 0, 1]), {}), (('abc',), {'selectors': [0, 1]}),
                 ((), {'selectors': [1], 'data': 'z'}), (('a',), {}), (('a', [1]), {'d': 1})],
    'count': [((), {}), ((3,), {}), ((), {'step': 2}), ((1,), {'step': 0.5}),
              ((), {'start': 2, 'step': 3}), ((1,), {'start': 1}), ((), {'stop': 1}),
              (('x',), {})],
    'cycle': [(('ab',), {}), ((), {}), (('ab',), {'iterable': 'c'})],
    'dropwhile': [((bool, [1, 0, 1]), {}), ((bool,), {}), ((bool, []), {'x': 1})],
    'filterfalse': [((None, [1, 0]), {}), ((None,), {'iterable': []})],
    'groupby': [(('aab',), {}), ((), {'iterable': 'ab', 'key': str.upper}),
                (('ab',), {'key': None}), ((), {}), (('ab', None), {'key': None}),
                (('ab',), {'keys': 1})],
    'islice': [(('abcdef', 2), {}), (('abcdef', 1, None, 2), {}), (('abc',), {}),
               (('abc', 1), {'stop': 2}), (('abc', -1), {})],
    'pairwise': [(('abc',), {}), ((), {}), (('abc',), {'iterable': 1})],
    'permutations': [(('abc',), {}), (('abc', 2), {}), (('abc',), {'r': 1}),
                     ((), {'iterable': 'ab'}), (('abc', 'x'), {}), (('abc',), {'s': 1})],
    'product': [(('ab', 'c'), {}), (('ab',), {'repeat': 2}), ((), {'repeat': 0}),
                (('ab',), {'repeat': -1}), (('ab',), {'times': 2}),
                (('ab',), {'repeat': 1, 'x': 1})],
    'repeat': [(('a', 2), {}), (('a',), {'times': 3}), ((), {'object': 'o', 'times': 1}),
               ((), {}), (('a',), {'object': 'b'}), (('a', 2, 3), {}), (('a',), {'t': 1})],
    'starmap': [((pow, [(2, 3)]), {}), ((pow,), {}), ((pow, []), {'fn': 1})],
    'takewhile': [((bool, [1, 0, 1]), {}), ((bool, [1]), {'z': 0})],
    'zip_longest': [(('ab', 'c'), {}), (('ab', 'c'), {'fillvalue': '-'}), (('a',), {'fill': 1}),
                    (('a',), {'fillvalue': 1, 'x': 2}), ((), {'fillvalue': 0})],
}

for name in names:
    print('--', name)
    for args, kwargs in calls[name]:
        print(' ', args, kwargs)
        show(getattr(it, name), *args, **kwargs)
        show(plain[name], *args, **kwargs)
        show(getattr(it, name).__new__, getattr(it, name), *args, **kwargs)
        try:
            obj = with_init[name](*args, **kwargs)
        except Exception as e:
            print("   init:", type(e).__name__ + ":", e)
        else:
            print("   init:", type(obj).__name__, obj.seen)

print('-- __new__ with a wrong class')
for name in names:
    try:
        getattr(it, name).__new__(int)
    except TypeError as e:
        print(' ', e)

print('-- repr of subclasses')
print(repr(plain['count'](5)), repr(plain['count'](1.5, 2)), repr(plain['repeat']('a', 2)))
print(repr(with_init['count'](2, step=5)), repr(with_init['repeat']('z')))


class Named(it.count):
    def __repr__(self):
        return 'Named:' + super().__repr__()


print(repr(Named(3)))

print('-- subclasses keep their own attributes and methods')


class Evens(it.count):
    def __init__(self, start=0):
        self.first = start

    def __next__(self):
        return super().__next__() * 2


e = Evens(5)
print(e.first, next(e), next(e), list(it.islice(e, 3)))


class Chunks(it.islice):
    def __new__(cls, iterable, n):
        self = super().__new__(cls, iterable, n)
        self.n = n
        return self


c = Chunks('abcdef', 4)
print(c.n, list(c))
