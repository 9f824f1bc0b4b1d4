# A deterministic random walk over bytes/bytearray methods with mixed
# argument types and counts: results and error messages, including which
# argument CPython complains about first.
class R:
    def __init__(self, seed): self.x = seed
    def nxt(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.x >> 33
    def choice(self, seq): return seq[self.nxt() % len(seq)]
random = R(12345)
vals = [b'', b'a', b'ab', b'aXa', b' x\ty\n', b'\x00\xff', b'abcabc', b'ABC def', b'\r\n', b'0x1F', b'--a--', b'a.b.c', b'12', b'\t\t']
args_pool = [b'', b'a', b'b', b'X', b'ab', b'.', b'-', b' ', 97, 0, 1, -1, 2, 5, 100, -100, None, 'a', 1.5, [], (b'a', b'b'), bytearray(b'a'), memoryview(b'b'), 256, True, (), (b'',)]
methods = ['count', 'find', 'rfind', 'index', 'rindex', 'split', 'rsplit', 'partition', 'rpartition', 'strip', 'lstrip', 'rstrip', 'replace', 'startswith', 'endswith', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'join', 'removeprefix', 'removesuffix', 'splitlines', 'hex', 'translate', 'title', 'upper', 'isalpha', 'decode', 'capitalize', '__contains__', '__getitem__', '__mul__', '__add__', '__mod__', '__eq__', '__lt__', '__ge__']
for n in range(1500):
    T = random.choice([bytes, bytearray])
    v = T(random.choice(vals))
    m = random.choice(methods)
    k = random.choice([0, 1, 1, 2, 2, 3])
    args = [random.choice(args_pool) for _ in range(k)]
    try:
        r = getattr(v, m)(*args)
        print(n, m, [('MV' if isinstance(a, memoryview) else a) for a in args], 'MV' if isinstance(r, memoryview) else repr(r))
    except Exception as e:
        print(n, m, [('MV' if isinstance(a, memoryview) else a) for a in args], type(e).__name__, e)
