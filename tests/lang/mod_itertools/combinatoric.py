# product, permutations, combinations, combinations_with_replacement:
# values against the textbook definitions, edge cases, keywords, errors,
# reduce/setstate, result tuples that callers keep.
import math
import sys
from itertools import (product, permutations, combinations, combinations_with_replacement as cwr,
                       islice, count)


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ", repr(r))


def lst(f, *args, **kwargs):
    show(lambda: list(f(*args, **kwargs)))


def prod_ref(*pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    return result


print("-- product")
print(list(product('ab', range(2))), list(product()), list(product(repeat=3)))
print(list(product('ab', repeat=2)), list(product('ab', 'x', repeat=2)))
print(list(product('ab', [])), list(product([], 'ab')), list(product('a', repeat=0)))
print(list(product('abc', 5, repeat=0)), list(product(range(2), repeat=1)))
ok = all(list(product(*p)) == prod_ref(*p)
         for p in [(), ('ab',), ('ab', 'cde'), ('a', '', 'b'), (range(3), range(2), range(2))])
print(ok, len(list(product(range(3), repeat=5))) == 3 ** 5)
show(product, 'a', repeat=-1)
show(product, 'a', repeat='2')
show(product, 'a', repeat=2.0)
show(product, 'a', repeat=sys.maxsize)
print(list(product(repeat=sys.maxsize)))
show(product, 'a', repeat=10 ** 30)
show(product, 'a', rep=2)
show(product, 'a', repeat=2, foo=1)
show(product, 5)
show(product, 'a', None)
print(list(product((1, 2), iter('xy'), {3: 0})))
p = product('ab', 'cd')
first = next(p)
second = next(p)
print(first, second, first is second)
kept = list(product('ab', repeat=2))
print(kept, len({id(t) for t in kept}) == len(kept))
p = product('ab', 'cd')
print(p.__reduce__())
next(p)
next(p)
print(p.__reduce__())
print(list(p), p.__reduce__())
p = product('abc', 'xy')
p.__setstate__((1, 1))
print(list(p))
p = product('abc', 'xy')
p.__setstate__((-5, 10))
print(list(p))
p = product('abc', '')
p.__setstate__((0, 0))
print(list(p))
show(product('ab').__setstate__, (0, 0))
show(product('ab').__setstate__, [0])
show(product('ab').__setstate__, ('x',))
print(product('ab', 'c').__sizeof__() - product().__sizeof__() == 2 * 8)
print(product().__sizeof__() == product.__basicsize__)


class MyProduct(product):
    pass


print(list(MyProduct('ab', repeat=2))[:2], MyProduct('a').__reduce__()[0] is MyProduct)
show(MyProduct, 'a', foo=1)

print("-- permutations")
print(list(permutations('abc')), list(permutations(range(3), 2)))
print(list(permutations('abc', 0)), list(permutations('abc', 4)), list(permutations('')))
print(list(permutations('', 0)), list(permutations('', 1)), list(permutations('a')))
print(list(permutations(iterable='ab', r=None)), list(permutations('ab', r=1)))
print(list(permutations('ab', True)), list(permutations('abcd', 2))[:5])
for n in range(5):
    for r in range(6):
        got = list(permutations(range(n), r))
        want = [t for t in product(range(n), repeat=r) if len(set(t)) == r]
        if got != want or len(got) != (math.perm(n, r) if r <= n else 0):
            print('mismatch', n, r)
show(permutations, 'abc', -1)
show(permutations, 'abc', 1.0)
show(permutations, 'abc', '1')
show(permutations, 5, -1)
show(permutations, 'abc', 10 ** 30)
show(permutations)
show(permutations, 'a', 1, 2)
show(permutations, 'a', x=1)
show(permutations, 'a', 1, r=1)
show(permutations, r=1)
p = permutations('abc', 2)
print(p.__reduce__())
next(p)
next(p)
print(p.__reduce__())
print(list(p), p.__reduce__())
p = permutations('abcd', 2)
p.__setstate__(((1, 0, 2, 3), (2, 3)))
print(list(p))
p = permutations('abc')
p.__setstate__(((9, -9, 1), (0, 99, 1)))
print(list(p))
show(permutations('abc').__setstate__, [(0, 1, 2), (3, 2, 1)])
show(permutations('abc').__setstate__, ((0, 1), (3, 2, 1)))
show(permutations('abc').__setstate__, ((0, 1, 2),))
show(permutations('abc').__setstate__, ([0, 1, 2], (3, 2, 1)))
show(permutations('abc').__setstate__, (('a', 1, 2), (3, 2, 1)))
print(permutations('abcd', 2).__sizeof__() - permutations.__basicsize__ == 6 * 8)

print("-- combinations")
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations('', 0)))
print(list(combinations('', 1)), list(combinations(iterable='abc', r=3)))
for n in range(6):
    for r in range(7):
        got = list(combinations(range(n), r))
        want = [t for t in permutations(range(n), r) if list(t) == sorted(t)]
        if got != want or len(got) != math.comb(n, r):
            print('mismatch', n, r)
show(combinations, 'abc', -1)
show(combinations, 'abc')
show(combinations, 'abc', None)
show(combinations, 'abc', 1.5)
show(combinations, 5, 'x')
show(combinations, 5, 1)
show(combinations, 'a', 1, 2)
show(combinations, 'a', r=1, s=2)
show(combinations, 'a', 1, r=1)
show(combinations, r=1)
show(combinations, 'ab', 10 ** 30)
c = combinations('abcd', 2)
print(c.__reduce__())
next(c)
next(c)
print(c.__reduce__())
print(list(c), c.__reduce__())
print(combinations('ab', 3).__reduce__())
c = combinations('abcde', 3)
c.__setstate__((1, 2, 3))
print(list(c))
c = combinations('abcde', 3)
c.__setstate__((-1, 99, 99))
print(list(c))
show(combinations('abc', 2).__setstate__, (0,))
show(combinations('abc', 2).__setstate__, [0, 1])
show(combinations('abc', 2).__setstate__, (0, 'x'))
print(combinations('abc', 5).__sizeof__() - combinations.__basicsize__ == 5 * 8)

print("-- combinations_with_replacement")
print(list(cwr('abc', 2)), list(cwr(range(2), 3)))
print(list(cwr('abc', 0)), list(cwr('', 0)), list(cwr('', 2)), list(cwr('a', 3)))
print(list(cwr(iterable='ab', r=2)))
for n in range(5):
    for r in range(5):
        got = list(cwr(range(n), r))
        want = [t for t in product(range(n), repeat=r) if list(t) == sorted(t)]
        if got != want or len(got) != (math.comb(n + r - 1, r) if n else int(r == 0)):
            print('mismatch', n, r)
show(cwr, 'abc', -1)
show(cwr, 'abc')
show(cwr, 'abc', 'x')
show(cwr, 3, 1)
show(cwr, 'a', 1, 2)
show(cwr, 'a', r=1, q=2)
show(cwr, 'a', 1, iterable='b')
c = cwr('abc', 2)
print(c.__reduce__())
next(c)
next(c)
print(c.__reduce__())
print(list(c), c.__reduce__())
c = cwr('abc', 2)
c.__setstate__((1, 1))
print(list(c))
c = cwr('abc', 3)
c.__setstate__((-4, 1, 44))
print(list(c))
show(cwr('abc', 2).__setstate__, (1,))
print(cwr('abc', 4).__sizeof__() - cwr.__basicsize__ == 4 * 8)


class MyCombs(combinations):
    pass


class MyPerms(permutations):
    pass


class MyCwr(cwr):
    pass


print(list(MyCombs('abc', 2)), list(MyPerms('ab')), list(MyCwr('ab', 2)))
print(type(MyCombs('a', 1)).__name__, MyPerms('a').__reduce__()[0] is MyPerms)
show(MyCombs, 'abc', r=2, x=1)

print("-- results kept by the caller stay intact")
res = list(permutations('abc'))
print(res)
res = list(combinations('abcd', 3))
print(res)
res = list(cwr('ab', 3))
print(res)
held = []
for t in combinations(range(5), 2):
    held.append(t)
print(held[:3], held[-1])
total = 0
for a, b, c in product(range(10), repeat=3):
    total += a * b + c
print(total)
print(sum(1 for _ in permutations(range(7))), sum(1 for _ in combinations(range(20), 4)))
read = []


def gen(tag, n):
    for i in range(n):
        read.append(tag + str(i))
        yield i


p = product(gen('a', 2), gen('b', 2))
print(read)
c = combinations(gen('c', 3), 2)
q = permutations(gen('p', 2))
w = cwr(gen('w', 1), 1)
print(read[4:], next(p), next(c), next(q), next(w))


def bad():
    yield 1
    raise LookupError('pool source')


lst(product, 'ab', bad())
lst(permutations, bad())
lst(combinations, bad(), 1)
lst(cwr, bad(), 1)
