# The number of comparisons sort makes must equal CPython's: runs, binary
# insertion, galloping and the powersort merge order are all visible here.
class K:
    __slots__ = ('v',)
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        K.n += 1
        return self.v < o.v

def lcg(n, seed=12345):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 8)
    return out

def shapes(n):
    r = lcg(n)
    return {
        'random': r,
        'mod': [(i * 7919) % 10007 for i in range(n)],
        'sorted': list(range(n)),
        'reversed': list(range(n, 0, -1)),
        'few distinct': [v % 7 for v in r],
        'sorted then random': list(range(n // 2)) + r[: n - n // 2],
        'random then sorted': r[: n // 2] + list(range(n - n // 2)),
        'sawtooth': [i % 100 for i in range(n)],
        'organ pipe': list(range(n // 2)) + list(range(n - n // 2, 0, -1)),
        'two interleaved': list(range(0, n, 2)) + list(range(1, n, 2)),
        'constant': [5] * n,
        'sorted, 1% swapped': [i if i % 100 else n - i for i in range(n)],
        'descending runs': [b * 50 + (49 - j) for b in range(n // 50) for j in range(50)],
    }

def count(lst, **kw):
    K.n = 0
    out = sorted([K(x) for x in lst], **kw)
    vals = [k.v for k in out]
    want = sorted(lst, **kw) if not kw.get('key') else None
    return K.n, (want is None or vals == want)

for n in (0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 4096, 10001):
    for name, lst in shapes(n).items():
        c, ok = count(lst)
        cr, okr = count(lst, reverse=True)
        print(n, name, c, ok, cr, okr)

# the same counts through a key function (keys compared, values carried)
data = lcg(3000)
K.n = 0
res = sorted(data, key=K)
print('key', K.n, res == sorted(data))
K.n = 0
res = sorted(data, key=K, reverse=True)
print('key reverse', K.n, res == sorted(data, reverse=True))
