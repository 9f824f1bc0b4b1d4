# The itertools types as types: names, modules, flags that show (immutable,
# subclassable, weakly referenceable), sizes, signatures, the iterator
# protocol, the module's contents.
import itertools
import sys
import weakref

names = sorted(n for n in dir(itertools) if not n.startswith('__'))
print(names)
print(itertools.__name__, type(itertools.__doc__).__name__, 'tee' in itertools.__dict__)

samples = {
    'accumulate': lambda: itertools.accumulate([1]),
    'chain': lambda: itertools.chain(),
    'combinations': lambda: itertools.combinations('ab', 1),
    'combinations_with_replacement': lambda: itertools.combinations_with_replacement('ab', 1),
    'compress': lambda: itertools.compress('a', [1]),
    'count': lambda: itertools.count(),
    'cycle': lambda: itertools.cycle('a'),
    'dropwhile': lambda: itertools.dropwhile(bool, []),
    'filterfalse': lambda: itertools.filterfalse(None, []),
    'groupby': lambda: itertools.groupby(''),
    'islice': lambda: itertools.islice('', 1),
    'pairwise': lambda: itertools.pairwise(''),
    'permutations': lambda: itertools.permutations(''),
    'product': lambda: itertools.product(),
    'repeat': lambda: itertools.repeat(1),
    'starmap': lambda: itertools.starmap(max, []),
    'takewhile': lambda: itertools.takewhile(bool, []),
    'zip_longest': lambda: itertools.zip_longest(),
    '_tee': lambda: itertools.tee('ab')[0],
    '_grouper': lambda: next(itertools.groupby('a'))[1],
    '_tee_dataobject': lambda: itertools.tee('a')[0].__reduce__()[2][0],
}

for name in names:
    t = getattr(itertools, name)
    if not isinstance(t, type):
        print(name, type(t).__name__, t.__module__, t.__text_signature__)
        continue
    obj = samples[name]()
    print(name, t.__module__, t.__qualname__, repr(t), type(obj) is t)
    try:
        t.extra = 1
    except TypeError as e:
        print('  ', e)
    try:
        weakref.ref(obj)
        print('   weakref ok')
    except TypeError as e:
        print('  ', e)
    try:
        class Sub(t):
            pass
        print('   subclassable')
    except TypeError as e:
        print('  ', e)
    print('  ', t.__basicsize__, t.__itemsize__, t.__text_signature__,
          hasattr(obj, '__next__'), hasattr(obj, '__iter__'),
          iter(obj) is obj if hasattr(obj, '__iter__') else None)
    print('  ', sorted(k for k in vars(t) if k not in ('__doc__',)))
    print('  ', sys.getsizeof(obj) == obj.__sizeof__() + (sys.getsizeof([]) - [].__sizeof__()))

print('-- hashing, equality')
c = itertools.count()
print(c == c, c == itertools.count(), hash(c) == hash(c), bool(c), bool(itertools.repeat(1, 0)))
print(type(c).__next__(c), c.__next__(), next(iter(c)))
print(itertools.chain.from_iterable.__self__ is itertools.chain, itertools.chain.from_iterable.__name__)
print(itertools.tee.__self__ is itertools, itertools.tee.__name__, itertools.tee.__qualname__)
print(itertools.count.__reduce__.__qualname__, itertools.repeat.__length_hint__.__name__)
print(itertools.product.__sizeof__.__objclass__ is itertools.product)
print(isinstance(itertools.count(), itertools.count), issubclass(itertools.count, object))
print(itertools.count.__mro__, itertools.count.__bases__)
