# array.array edge cases: huge and boolean indices, comparisons across
# typecodes, 'u' arrays, __index__/__float__ items, iterators over a
# shrinking array, subclasses and pickling, self slice assignment, and
# CPython's argument-count messages.
import sys
from array import array as A
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = A('i', range(10))
t(lambda: a[2**70]); t(lambda: a[-2**70]); t(lambda: a[True]); t(lambda: a[::2**70]); t(lambda: a[::-2**70]); t(lambda: a[::0]); t(lambda: a[5:2]); t(lambda: a[-3:])
t(lambda: a.__setitem__(2**70, 1)); t(lambda: a.__setitem__(slice(None, None, 0), A('i'))); t(lambda: a.__delitem__(slice(None, None, 0)))
t(lambda: a.pop(2**70)); t(lambda: a.insert(2**70, 1)); t(lambda: a.insert(-2**70, 1)); t(lambda: a.index(1, 2**70)); t(lambda: a.index(1, -2**70))
t(lambda: a.index(1, None)); t(lambda: a.index(1, 0, 2.0))
t(lambda: A('b', [1]) == A('B', [1])); t(lambda: A('b', [-1]) < A('B', [255])); t(lambda: A('f', [0.5]) == A('d', [0.5])); t(lambda: A('u', 'a') == A('b', [97]))
t(lambda: A('u', 'a') < A('b', [97]))
t(lambda: A('i', [1, 2]) != A('i', [1, 2])); t(lambda: A('i', [1, 2]) <= A('i', [1, 2])); t(lambda: A('i', [1, 3]) > A('i', [1, 2, 5]))
t(lambda: A('i') < A('i', [0])); t(lambda: A('i') >= A('i'))
t(lambda: A('u', 'ab').index('b')); t(lambda: A('u', 'ab').count('a')); t(lambda: 'a' in A('u', 'ab')); t(lambda: 97 in A('u', 'ab')); t(lambda: A('u', 'ab').remove('c'))
t(lambda: A('u', 'ab') + A('u', 'c')); t(lambda: A('u', 'ab') * 2); t(lambda: A('u', 'ab')[::-1]); t(lambda: A('u', 'ab').tolist()); t(lambda: A('u', ''))
u = A('u', 'abc'); u[0] = 'z'; u.append('\U0001f600'); u.insert(0, 'é'); t(lambda: u); t(lambda: u.tounicode()); t(lambda: u.tobytes()[:8]); t(lambda: len(u))
t(lambda: u.__setitem__(0, 'ab')); t(lambda: u.__setitem__(0, 1)); t(lambda: u.append(b'a')); t(lambda: u.extend('xy')); t(lambda: u); t(lambda: u.extend(['p', 'q'])); t(lambda: u)
t(lambda: u.extend(['pq'])); t(lambda: u.fromlist(['r'])); t(lambda: u.fromlist([1])); t(lambda: u)
t(lambda: A('u', b'a\x00\x00\x00')); t(lambda: A('u', [b'x']))
t(lambda: A('u', A('u', 'qq'))); t(lambda: A('u', iter('xyz'))); t(lambda: A('u', ('x', 'y')))
t(lambda: A('d', [1, 2.5, True])); t(lambda: A('d', ['1'])); t(lambda: A('f', [2**200])); t(lambda: A('d', [2**2000])); t(lambda: A('f', [1e39]))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Both:
    def __index__(self): return 3
    def __float__(self): return 4.5
t(lambda: A('d', [F()])); t(lambda: A('i', [F()])); t(lambda: A('d', [I()])); t(lambda: A('q', [I()])); t(lambda: A('Q', [I()])); t(lambda: A('I', [I()])); t(lambda: A('L', [I()]))
t(lambda: A('d', [Both()])); t(lambda: A('b', [Both()])); t(lambda: A('B', [Both()])); t(lambda: A('H', [Both()]))
import gc
a = A('b', [1, 2, 3])
it = iter(a)
t(lambda: next(it)); a.pop(); a.pop(); t(lambda: list(it)); a.extend([9, 9]); t(lambda: list(it))
it2 = iter(A("b", [1])); t(lambda: list(it2))
it3 = iter(A('b', [1, 2, 3])); it3.__setstate__(-5); t(lambda: list(it3))
it4 = iter(A('b', [1, 2, 3])); it4.__setstate__(10); t(lambda: list(it4)); t(lambda: it4.__setstate__('x'))
t(lambda: iter(A('b')).__length_hint__())
t(lambda: A('b', [1]).__reduce__())
t(lambda: A('b', [1]).__reduce_ex__('x'))
t(lambda: A('b', [1]).__reduce_ex__(-1))
class Sub(A):
    def __init__(self, tc, init=(), extra=None):
        self.extra = extra
s = Sub('i', [1, 2], extra='E')
t(lambda: s); t(lambda: s.extra); t(lambda: s.__reduce_ex__(2)); t(lambda: s.__reduce_ex__(4)); t(lambda: type(s + s)); t(lambda: type(s.__copy__())); t(lambda: s == A('i', [1, 2]))
class Sub2(A):
    pass
t(lambda: Sub2('b', [1], x=1))
class Sub3(A):
    def __new__(cls, *a, **k): return super().__new__(cls, *a)
t(lambda: Sub3('b', [1], x=1))
t(lambda: A.__new__(A, 'b', [1]))
t(lambda: A.__new__(int, 'b'))
t(lambda: A('b', [1]).__init__('x'))
t(lambda: isinstance(A('b'), A)); t(lambda: A('b').__class__.__name__); t(lambda: A.__mro__)
t(lambda: A('b', [1]).__len__()); t(lambda: A('b', [1, 2]).__getitem__(slice(0, 1))); t(lambda: A('b').__iter__().__class__.__name__)
t(lambda: A('b').__dir__ is not None)
t(lambda: sorted(n for n in dir(A) if not n.startswith('__')))
t(lambda: A('b', [1, 2]) * True); t(lambda: A('b', [1, 2]) * 2**70); t(lambda: A('b', [1]).__imul__(2**70)); t(lambda: A('b') * 2**70)
t(lambda: A('b', range(3)).__iadd__(A('b', range(2))))
t(lambda: A('b', [1]).append(2, 3))
t(lambda: A('b', [1]).extend())
t(lambda: A('b', [1]).tolist(1))
t(lambda: A('b', [1]).frombytes())
t(lambda: A('b', [1]).byteswap(1))
t(lambda: A('B', b'abc').tobytes().decode())
t(lambda: A('b', [1, 2, 3])[1:2].buffer_info()[1])
w = A('h', [1, 2, 3, 4, 5])
w[1:4] = A('h', [9]); t(lambda: w); w[::-2] = A('h', [7, 7]); t(lambda: w); del w[::-1]; t(lambda: w)
w = A('h', [1, 2, 3, 4, 5]); w[10:] = A('h', [6]); t(lambda: w); w[:-10] = A('h', [0]); t(lambda: w); w[2:2] = w; t(lambda: w)
w = A('h', [1, 2, 3, 4, 5]); w[::2] = w[::2]; t(lambda: w); w[1::2] = w[:2]; t(lambda: w); w[::-1] = w; t(lambda: w)

a = A('b', [1])
for f in [lambda: a.extend(x=1), lambda: a.extend(1, 2), lambda: a.tofile(), lambda: a.tofile(1, 2), lambda: a.tofile(f=1), lambda: a.fromfile(1), lambda: a.fromfile(f=1, n=2), lambda: a.fromfile(1, 2, 3),
          lambda: a.__reduce_ex__(), lambda: a.__reduce_ex__(1, 2), lambda: a.__reduce_ex__(protocol=1), lambda: a.pop(x=1), lambda: a.insert(1), lambda: a.index(), lambda: a.index(1, x=2),
          lambda: a.fromfile(1, 'x'), lambda: a.fromfile(1, 2.0), lambda: a.count(), lambda: a.remove(), lambda: a.fromunicode(), lambda: a.tounicode(1), lambda: a.__copy__(1), lambda: a.__deepcopy__(), lambda: a.__sizeof__(1),
          lambda: a.buffer_info(1), lambda: a.reverse(1), lambda: a.fromlist(), lambda: a.tobytes(1), lambda: a.append(x=1), lambda: a.insert(x=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
