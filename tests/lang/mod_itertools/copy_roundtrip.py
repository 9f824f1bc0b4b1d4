# __reduce__ and __setstate__ end to end: copy.copy and copy.deepcopy
# rebuild each iterator from its reduce value (as pickle would) at every
# stage of its life, and the copy must yield what the original yields.
import copy
import operator
from itertools import *


def drain(it, limit=12):
    return list(islice(it, limit))


cases = {
    'count': lambda: count(3),
    'count_float': lambda: count(1.5, 0.25),
    'count_big': lambda: count(2 ** 64, -3),
    'cycle': lambda: cycle('abc'),
    'repeat': lambda: repeat('r', 5),
    'repeat_endless': lambda: repeat(7),
    'accumulate': lambda: accumulate(range(6)),
    'accumulate_func': lambda: accumulate([3, 1, 4, 1, 5], max),
    'accumulate_initial': lambda: accumulate([1, 2, 3], initial=10),
    'accumulate_none_total': lambda: accumulate([None, 1, 2], lambda a, b: b),
    'chain': lambda: chain('ab', '', 'cde'),
    'chain_from_iterable': lambda: chain.from_iterable(['xy', 'z']),
    'compress': lambda: compress('abcdef', [1, 0, 1, 1, 0, 1]),
    'dropwhile': lambda: dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1]),
    'takewhile': lambda: takewhile(lambda x: x < 3, [1, 2, 3, 4, 1]),
    'filterfalse': lambda: filterfalse(None, [0, 1, 0, 2, 0]),
    'islice': lambda: islice('abcdefghij', 1, 9, 2),
    'islice_stop': lambda: islice(range(10), 4),
    'starmap': lambda: starmap(operator.pow, [(2, 3), (3, 2), (4, 1)]),
    'zip_longest': lambda: zip_longest('abc', 'x', fillvalue='-'),
    'product': lambda: product('ab', range(3)),
    'product_empty': lambda: product('ab', ''),
    'permutations': lambda: permutations('abc', 2),
    'combinations': lambda: combinations('abcd', 2),
    'combinations_big_r': lambda: combinations('ab', 3),
    'cwr': lambda: combinations_with_replacement('abc', 2),
    'groupby': lambda: groupby('aabccc'),
    'tee': lambda: tee('abcdef')[0],
}

def rest_of(name, it):
    if name == 'groupby':
        return [(k, list(g)) for k, g in it]
    return drain(it)


for name, make in cases.items():
    for steps in range(0, 8):
        it = make()
        before = drain(it, steps)
        if name == 'groupby':
            before = [k for k, g in before]
        ref = make()
        drain(ref, steps)
        want = rest_of(name, ref)
        got = []
        for how in (copy.deepcopy, copy.copy):
            try:
                got.append(rest_of(name, how(it)))
            except Exception as e:
                got.append('%s: %s' % (type(e).__name__, e))
        # the original is left as it was by the deep copy
        print(name, steps, before, want, ['same' if g == want else g for g in got])


print('-- copies are independent')
c = count(5)
d = copy.copy(c)
next(c)
print(next(c), next(d))
z = zip_longest('ab', 'c')
d = copy.deepcopy(z)
print(list(z), list(d))
t1, t2 = tee('xyz')
t3 = copy.copy(t1)
print(list(t1), list(t3), list(t2))
