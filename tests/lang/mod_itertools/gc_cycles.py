# Reference cycles through itertools objects are found and freed by the
# collector; long tee chains and deep nesting are freed without trouble.
import gc
import itertools as it
import weakref


class Node:
    pass


def cycle_through(make):
    # node -> iterator -> ... -> node; report whether collect() frees it
    node = Node()
    obj = make(node)
    node.ref = obj
    w = weakref.ref(node)
    del node, obj
    gc.collect()
    return w() is None


makers = {
    'cycle': lambda n: it.cycle([n]),
    'repeat': lambda n: it.repeat(n),
    'accumulate': lambda n: it.accumulate([n], initial=n),
    'chain': lambda n: it.chain([n], [n]),
    'compress': lambda n: it.compress([n], [1]),
    'dropwhile': lambda n: it.dropwhile(lambda x, n=n: False, [n]),
    'takewhile': lambda n: it.takewhile(lambda x, n=n: True, [n]),
    'filterfalse': lambda n: it.filterfalse(lambda x, n=n: x, [n]),
    'starmap': lambda n: it.starmap(lambda *a: a, [(n,)]),
    'islice': lambda n: it.islice([n], 1),
    'pairwise': lambda n: it.pairwise([n, n]),
    'zip_longest': lambda n: it.zip_longest([n], fillvalue=n),
    'groupby': lambda n: it.groupby([n], key=lambda x, n=n: 1),
    'product': lambda n: it.product([n], [n]),
    'permutations': lambda n: it.permutations([n]),
    'combinations': lambda n: it.combinations([n], 1),
    'combinations_with_replacement': lambda n: it.combinations_with_replacement([n], 1),
    'tee': lambda n: it.tee([n])[0],
}

for name, make in makers.items():
    print(name, cycle_through(make))


def started(make, steps):
    def f(n):
        obj = make(n)
        for _ in range(steps):
            next(obj, None)
        return obj
    return f


print('after some steps')
for name in ['cycle', 'accumulate', 'chain', 'pairwise', 'zip_longest', 'groupby', 'product',
             'permutations', 'combinations', 'tee', 'repeat']:
    print(name, cycle_through(started(makers[name], 1)))

print('a group holding its parent')
n = Node()
gb = it.groupby([n, n])
k, g = next(gb)
n.ref = g
w = weakref.ref(n)
del n, gb, k, g
gc.collect()
print(w() is None)

print('a count whose value refers back')


class Num(Node):
    def __add__(self, other):
        return self

    def __float__(self):
        return 0.0


n = Num()
c = it.count(n)
n.ref = c
w = weakref.ref(n)
del n, c
gc.collect()
print(w() is None)

print('long tee chains')
a, b = it.tee(range(200000))
for _ in a:
    pass
del a
print(next(b), sum(b))
a, b = it.tee(iter(range(100000)))
for _ in a:
    pass
del a, b
print('freed')

print('deep nesting')
x = iter([1])
for _ in range(5000):
    x = it.chain(x)
print(list(x))
t = it.tee([1, 2, 3])[0]
for _ in range(1000):
    t = it.tee(t)[1]
print(list(t))
