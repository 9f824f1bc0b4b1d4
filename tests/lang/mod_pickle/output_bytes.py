# The C pickler writes exactly CPython's bytes for every protocol:
# short opcodes, memo PUT/BINPUT/MEMOIZE, batching, frames, reduce.
import pickle, pickletools, collections, io, hashlib

class Plain:
    def __init__(self):
        self.x = 1
        self.y = [1, 'a']

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a, self.b = 1, 2

class KwNew:
    def __new__(cls, a, *, b):
        o = object.__new__(cls)
        o.a, o.b = a, b
        return o
    def __getnewargs_ex__(self):
        return ((self.a,), {'b': self.b})

class Outer:
    class Inner:
        pass

class DictSub(dict):
    pass

def func():
    pass

objs = {
    'atoms': [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31,
              2**31, 2**64, -2**64, -129, 10**50, 1.5, -0.0, float('inf')],
    'strings': ['', 'abc', 'h\xe9\u20ac\U0001f600\n\\\r\x1a\x00', 'x' * 300, '\udc80',
                b'', b'abc', b'\x00\xff' * 200, bytearray(b'ab'), bytearray()],
    'tuples': [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ('a', 'a')],
    'batches': [list(range(1000)), list(range(1001)), {i: i for i in range(1000)},
                {i: -i for i in range(1001)}, set(range(1000)), frozenset(range(5))],
    'shared': [[1], [1]],
    'globals': [len, dict, type(None), type(...), type(NotImplemented), Ellipsis,
                NotImplemented, func, Outer.Inner, io.BytesIO],
    'instances': [Plain(), Slotted(), KwNew(1, b=2), Outer.Inner(), DictSub(a=1),
                  collections.OrderedDict(a=1), collections.deque([1, 2]), complex(1, 2),
                  slice(1, 2, 3), range(10)],
}
rec = [1]
rec.append(rec)
tup = ([],)
tup[0].append(tup)
objs['recursive'] = [rec, tup]

for name, group in objs.items():
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            data = pickle.dumps(group, proto)
        except TypeError as e:
            print(name, proto, 'TypeError', e)
        else:
            print(name, proto, len(data), hashlib.sha1(data).hexdigest()[:16])

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    pickletools.dis(pickle.dumps([1, 'ab', (None, True), {'k': 2.5}, Plain()], proto))

big = [b'x' * 70000, 'y' * 70000, list(range(20000))]
for proto in (4, 5):
    data = pickle.dumps(big, proto)
    f = io.BytesIO()
    pickle.dump(big, f, proto)
    print('big', proto, len(data), f.getvalue() == data, hashlib.sha1(data).hexdigest()[:16])
    print(pickle.loads(data) == big)
