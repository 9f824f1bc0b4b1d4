# Inputs and callbacks that call back into the iterator being advanced:
# no crash, and the results CPython 3.11 gives.
import gc
from itertools import (accumulate, chain, groupby, islice, zip_longest, pairwise, tee, cycle,
                       product, dropwhile)


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ", repr(r))


print('-- islice whose input re-enters it')


class Reenter:
    def __init__(self, n):
        self.n = n
        self.target = None
        self.depth = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        if self.target is not None and self.depth == 0 and self.n % 3 == 0:
            self.depth += 1
            try:
                inner = next(self.target, 'end')
            finally:
                self.depth -= 1
            return ('inner', inner, self.n)
        return self.n


src = Reenter(10)
sl = islice(src, 1, None, 2)
src.target = sl
print(list(sl))

src = Reenter(7)
z = zip_longest(src, 'ab', fillvalue='-')
src.target = z
print(list(z))

src = Reenter(8)
a = accumulate(src, lambda x, y: (x if isinstance(x, int) else 0) + (y if isinstance(y, int) else 0))
src.target = a
print(list(a))

src = Reenter(9)
c = chain(src, 'xy')
src.target = c
print(list(c))

src = Reenter(6)
d = dropwhile(lambda v: False, src)
src.target = d
print(list(d))

print('-- accumulate whose function re-enters it')
acc = None


def add(x, y):
    if y == 2:
        print('   inner', next(acc, 'end'))
    return x + y


acc = accumulate([1, 2, 3, 4], add)
print(list(acc))

print('-- groupby keys whose comparison advances the groupby')
gb = None


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Key.calls += 1
        if Key.calls == 2:
            next(gb, None)
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


gb = groupby([1, 1, 2, 2, 3], key=Key)
out = []
for k, g in gb:
    out.append((k.v, [x for x in g]))
print(out)

Key.calls = 0
gb = groupby([1, 1, 1, 2], key=Key)
k, g = next(gb)
print(k.v, list(g))

print('-- a group advanced from its own key function')
gb2 = None


def key2(x):
    if x == 3:
        next(gb2, None)
    return x // 2


gb2 = groupby(range(8), key2)
show(lambda: [(k, list(g)) for k, g in gb2])

print('-- pairwise re-entered')
pw = None


class Src:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            next(pw, None)
        if self.i > 6:
            raise StopIteration
        return self.i


pw = pairwise(Src())
print(list(pw))

print('-- tee read from inside its own source')
t1 = None


def source():
    yield 1
    yield next(t1, 'again')


t1, t2 = tee(source())
print(next(t1))
show(next, t1)
print(list(t2))

print('-- deleting while iterating')


class DelNext:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        global holder
        self.i += 1
        if self.i == 2:
            holder = None
            gc.collect()
        if self.i > 4:
            raise StopIteration
        return self.i


holder = cycle(DelNext())
it = holder
print([next(it) for _ in range(7)])
holder = product([1, 2], repeat=2)
p = holder
holder = None
print(list(p))
