# A deterministic random walk over array.array methods and operators for
# every typecode with mixed arguments: results, messages and the array
# left behind (a failed call must not change it).
from array import array
class R:
    def __init__(self, seed): self.x = seed
    def nxt(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.x >> 33
    def choice(self, seq): return seq[self.nxt() % len(seq)]
random = R(777)
inits = {'b': [1, -2, 3], 'B': [0, 255], 'h': [-300, 7], 'H': [65535], 'i': [1, 2, 3, 4], 'I': [7], 'l': [-1], 'L': [3], 'q': [2**40], 'Q': [2**63], 'f': [0.5, -1.25], 'd': [1e100, -0.0], 'u': 'héllo'}
pool = [0, 1, -1, 2, 300, -129, 2**64, 0.5, 'x', 'é', b'ab', b'\x00\x00\x00\x00', None, [1, 2], [0.5], (), slice(1, 3), slice(None, None, -1), slice(0, 5, 2), array('b', [5]), array('i', [9, 9]), array('d', [2.5]), array('u', 'zz'), iter([1, 2]), range(3), 'ab', 10, -10]
methods = ['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'reverse', 'byteswap', 'frombytes', 'tobytes', 'fromlist', 'tolist', 'fromunicode', 'tounicode', '__getitem__', '__setitem__', '__delitem__', '__contains__', '__add__', '__iadd__', '__mul__', '__imul__', '__eq__', '__lt__', '__len__']
def show(x):
    if isinstance(x, type(iter([]))): return 'ITER'
    return repr(x)
for n in range(1500):
    tc = random.choice(list(inits))
    a = array(tc, inits[tc])
    m = random.choice(methods)
    k = random.choice([0, 1, 1, 1, 2, 2, 3])
    args = [random.choice(pool) for _ in range(k)]
    if any(isinstance(x, type(iter([]))) for x in args):
        args = [iter([1, 2]) if isinstance(x, type(iter([]))) else x for x in args]
    shown = [show(x) for x in args]
    if tc == 'u' and m == 'byteswap':
        continue  # leaves characters out of range: repr would fail
    try:
        r = getattr(a, m)(*args)
        print(n, tc, m, shown, show(r), a)
    except Exception as e:
        print(n, tc, m, shown, type(e).__name__, e, a)
