# Everything written at each protocol loads back equal, from bytes and
# from a file, and several pickles in one file load one after another.
import pickle, io, collections, datetime, decimal, fractions

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class WithState:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {'v': self.v * 10}
    def __setstate__(self, st):
        self.v = st['v'] + 1

values = [None, 1, -5, 2**70, 3.25, 'text', b'bytes', bytearray(b'ba'), (1, 'a'),
          [1, [2, [3]]], {'a': {'b': 1}}, {1, 2}, frozenset({3}), Point(1, 2),
          collections.OrderedDict(z=1, a=2), collections.Counter('hello'),
          datetime.date(2020, 5, 17), decimal.Decimal('3.14'), fractions.Fraction(2, 3),
          list(range(2500)), {i: str(i) for i in range(1200)}]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        r = pickle.loads(pickle.dumps(v, proto))
        assert r == v and type(r) is type(v), (proto, v, r)
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(proto, 'state', w.v)
    shared = [1, 2]
    a, b = pickle.loads(pickle.dumps([shared, shared], proto))
    print(proto, 'shared identity', a is b)
    rec = []
    rec.append(rec)
    r = pickle.loads(pickle.dumps(rec, proto))
    print(proto, 'recursive', r[0] is r)

f = io.BytesIO()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    pickle.dump(('item', proto, values[-2][:3]), f, proto)
f.write(b'trailing')
f.seek(0)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(pickle.load(f))
print(f.read())

class Reader:
    # only read/readline: no peek, no readinto
    def __init__(self, data):
        self.f = io.BytesIO(data)
        self.calls = 0
    def read(self, n=-1):
        self.calls += 1
        return self.f.read(n)
    def readline(self):
        self.calls += 1
        return self.f.readline()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.load(Reader(pickle.dumps(values[:14], proto)))[-1])
try:
    pickle.load(Reader(b''))
except EOFError as e:
    print('EOFError', e)

# A buffered file has peek(): the unpickler reads ahead with it and
# still leaves the file just after each pickle.
import os, tempfile
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, 'wb') as f:
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            pickle.dump([proto, 'x' * 100, b'y' * 70000, values[:14]], f, proto)
            f.write(b'between')
    with open(path, 'rb') as f:
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            v = pickle.load(f)
            print(v[0], len(v[2]), v[3] == values[:14], f.read(7), f.tell())
        print(f.read())
finally:
    os.unlink(path)
