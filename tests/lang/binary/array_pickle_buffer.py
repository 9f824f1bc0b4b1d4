# array.array: iterators, __reduce_ex__ and _array_reconstructor, the
# buffer protocol (memoryview of an array, BufferError while exported),
# fromfile/tofile with file-like objects, float and 64-bit items.
import array, sys
from array import array as A
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__, A.__qualname__)
it = iter(A('b', [1, 2, 3])); next(it)
t(lambda: it.__reduce__()); it.__setstate__(0); t(lambda: list(it)); t(lambda: it.__reduce__()); t(lambda: type(it))
t(lambda: A('b', [1, 2]).__reduce_ex__(2)); t(lambda: A('i', [1, 2]).__reduce_ex__(3)); t(lambda: A('u', 'ab').__reduce_ex__(4)); t(lambda: A('d', [0.5]).__reduce_ex__(0))
class MyA(A):
    pass
ma = MyA('b', [1]); ma.x = 5
t(lambda: ma); t(lambda: ma.__reduce_ex__(3)); t(lambda: type(ma[:])); t(lambda: type(ma + ma)); t(lambda: type(ma * 2)); 
rc = array._array_reconstructor
t(lambda: rc(A, 'i', 8, b'\x01\x00\x00\x00')); t(lambda: rc(A, 'i', 9, b'\x00\x00\x00\x01')); t(lambda: rc(A, 'h', 12, b'\xff' * 8)); t(lambda: rc(A, 'd', 14, b'\x00\x00\xc0\x3f'))
t(lambda: rc(A, 'u', 18, b'a\x00b\x00')); t(lambda: rc(A, 'b', 0, b'\xff')); t(lambda: rc(A, 'i', 99, b'')); t(lambda: rc(A, 'x', 0, b'')); t(lambda: rc(int, 'b', 0, b''))
t(lambda: rc(1, 'b', 0, b'')); t(lambda: rc(A, 'b', 0, 'x')); t(lambda: rc(MyA, 'b', 1, b'\xff'))
t(lambda: A('i', [1, 2]).__class_getitem__(int))
mv = memoryview(A('i', [1, 2, 3]))
t(lambda: (mv.format, mv.itemsize, mv.shape, mv.strides, mv.tolist(), mv.nbytes, mv.readonly))
arr = A('h', [1, 2, 3])
v = memoryview(arr)
for op in [lambda: arr.append(4), lambda: arr.pop(), lambda: arr.extend([1]), lambda: arr.__delitem__(0), lambda: arr.__iadd__(A('h', [1])), lambda: arr.__imul__(2),
           lambda: arr.frombytes(b'\x00\x00'), lambda: arr.fromlist([1]), lambda: arr.__setitem__(slice(0, 1), A('h')), lambda: arr.__setitem__(slice(0, 1), A('h', [7])),
           lambda: arr.__delitem__(slice(None, None, 2)), lambda: arr.insert(0, 1), lambda: arr.remove(1), lambda: arr.reverse(), lambda: arr.__imul__(1)]:
    t(op)
v[0] = 100; t(lambda: arr); t(lambda: v.cast('B').tolist()); t(lambda: v[::2].tolist()); v.release(); arr.append(4); t(lambda: arr)
t(lambda: memoryview(A('u', 'ab')).format); t(lambda: memoryview(A('u', 'ab'))[0]); t(lambda: memoryview(A('d', [1.5])).tolist()); t(lambda: memoryview(A('f', [1.5]))[0])
t(lambda: bytes(A('h', [1, 2]))); t(lambda: bytearray(A('b', [1, -1]))); t(lambda: b'x' + A('b', [65])); t(lambda: A('b', [65]) == b'A')
t(lambda: memoryview(A('i', [1, 2])) == A('i', [1, 2])); t(lambda: memoryview(A('i', [1, 2])) == memoryview(A('l', [1, 2])))
t(lambda: A('q', [2**63-1, -2**63])); t(lambda: A('Q', [2**64-1])); t(lambda: A('f', [1e300])); t(lambda: A('d', [1e300, float('inf'), -0.0]))
t(lambda: A('b', [True, False])); t(lambda: A('B', [255]).tobytes()); t(lambda: A('H', [65535]).tobytes())
t(lambda: A('i', [1]) * sys.maxsize)
class F:
    def __init__(self, data): self.data = data; self.out = []
    def read(self, n): r = self.data[:n]; self.data = self.data[n:]; return r
    def write(self, b): self.out.append(b)
f = F(b'\x01\x00\x02\x00\x03')
aa = A('h'); t(lambda: aa.fromfile(f, 2)); t(lambda: aa); t(lambda: aa.fromfile(f, 1)); t(lambda: aa); t(lambda: aa.fromfile(f, -1)); t(lambda: aa.fromfile(F('ab'), 1))
t(lambda: aa.fromfile(f)); t(lambda: aa.tofile(f)); t(lambda: f.out); t(lambda: A('b').tofile(f)); t(lambda: f.out); t(lambda: aa.tofile(5))
t(lambda: A('b', [1]).__dict__); t(lambda: A.__doc__[:20]); t(lambda: A.append.__doc__)
import gc
t(lambda: A('b', range(100)).__sizeof__())
big = A('b')
sizes = []
for i in range(40):
    big.append(i); sizes.append(big.__sizeof__())
print(sizes)
while big: big.pop()
print(big.__sizeof__())
t(lambda: A('w'))
t(lambda: A('b', [1, 2, 3]).index(2, 'x'))
t(lambda: A('i', [5, 6]).index(6, -1, None))
t(lambda: A('i', [5, 6]).tolist().__class__)
t(lambda: str(A('d', [0.1, 1/3])))
t(lambda: A('f', [0.1]))
