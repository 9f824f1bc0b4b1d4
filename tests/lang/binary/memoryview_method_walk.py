# A deterministic random walk over memoryview methods on views of
# several exporters, formats, shapes and strides, with mixed arguments.
from array import array
class R:
    def __init__(self, seed): self.x = seed
    def nxt(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.x >> 33
    def choice(self, seq): return seq[self.nxt() % len(seq)]
random = R(4242)
def make(kind):
    if kind == 0: return memoryview(b'abcdefgh')
    if kind == 1: return memoryview(bytearray(b'abcdefgh'))
    if kind == 2: return memoryview(bytearray(range(8))).cast('h')
    if kind == 3: return memoryview(bytearray(range(12))).cast('B', (3, 4))
    if kind == 4: return memoryview(array('d', [0.5, -1.0]))
    if kind == 5: return memoryview(bytearray(b'abcdefgh'))[::2]
    if kind == 6: return memoryview(bytearray(b'x')).cast('B', ())
    if kind == 7: return memoryview(array('i', [1, -2, 3]))[::-1]
    if kind == 8: return memoryview(bytearray(4)).cast('c')
    return memoryview(bytearray(4)).cast('?')
pool = [0, 1, -1, 3, 100, -100, 255, 256, 2**70, 0.5, b'a', b'ab', 'a', None, (), (0,), (1, 2), (0, 0), slice(None), slice(1, 3), slice(None, None, -1), slice(0, 4, 2), ..., True, 'B', 'c', 'h', 'i', 'd', '@B', 'x', [2, 4], (2, 4), (4, 2), (8,), 'C', 'F', 'A', ':', b'-', bytearray(b'zz'), memoryview(b'qq'), array('b', [1, 2]), array('h', [1])]
methods = ['__getitem__', '__setitem__', '__delitem__', '__len__', 'tobytes', 'tolist', 'hex', 'cast', 'toreadonly', '__eq__', '__ne__', '__hash__', 'release', '__enter__', '__contains__', 'count', 'index', '__iter__']
def show(x):
    if isinstance(x, memoryview):
        try: return 'MV(%s,%s,%s)' % (x.format, x.shape, x.tolist())
        except Exception as e: return 'MV(%s)' % type(e).__name__
    if isinstance(x, type(iter(b''))) or type(x).__name__ == 'memory_iterator':
        try: return 'IT%r' % (list(x),)
        except Exception as e: return 'IT-' + type(e).__name__
    return repr(x)
for n in range(1500):
    kind = random.nxt() % 10
    v = make(kind)
    m = random.choice(methods)
    k = random.choice([0, 1, 1, 1, 2, 2, 3])
    args = [random.choice(pool) for _ in range(k)]
    shown = [show(a) for a in args]
    try:
        r = getattr(v, m)(*args)
        print(n, kind, m, shown, show(r))
    except Exception as e:
        print(n, kind, m, shown, type(e).__name__, e)
