# struct.Struct objects, pack_into / unpack_from / iter_unpack with their
# offset rules, the format cache, and subclassing.
import struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

s = struct.Struct('<hi')
print(s.format, s.size, type(s).__name__, type(s).__module__, struct.Struct(b'>q').format)
print(s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), s.unpack_from(b'xx\x01\x00\x02\x00\x00\x00', 2))
print(s.unpack_from(buffer=b'\x01\x00\x02\x00\x00\x00zz'), s.unpack_from(b'zz\x01\x00\x02\x00\x00\x00', offset=-6))
print(struct.Struct(format='i').size, struct.Struct('').size, struct.Struct('').pack(), struct.Struct('').unpack(b''))
print(struct.error, struct.error.__module__, struct.Struct.__module__, issubclass(struct.error, Exception))
t(struct.Struct, 1)
t(struct.Struct, 'z')
t(struct.Struct, 'é')
t(s.pack, 1)
t(s.pack, 1, 2, x=3)
t(s.unpack, b'abc')
t(s.unpack_from, b'abc')
t(s.unpack_from, b'abcdef', 1)
t(s.unpack_from, b'abcdef', 10)
t(s.unpack_from, b'abcdef', -10)
t(s.unpack_from, b'abcdef', 'x')
t(s.unpack_from)

buf = bytearray(10)
s.pack_into(buf, 2, -1, 7)
print(buf)
s.pack_into(buf, -6, 5, 6)
print(buf)
struct.pack_into('>H', buf, 0, 0xabcd)
print(buf)
t(struct.pack_into, 'i', bytearray(2), 0, 1)
t(struct.pack_into, 'i', bytearray(8), -2, 1)
t(struct.pack_into, 'i', bytearray(8), -20, 1)
t(struct.pack_into, 'i', bytearray(8), 20, 1)
t(struct.pack_into, 'i', b'abcd', 0, 1)
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', bytearray(4))
t(struct.pack_into, 'i', bytearray(4), 0)
t(struct.pack_into, 'i', bytearray(4), 0, 1, 2)
t(struct.pack_into, 'i', bytearray(4), 'x', 1)
t(s.pack_into, bytearray(4))
ba = bytearray(b'\xff' * 8)
struct.pack_into('<bxh', ba, 1, 1, 2)
print(ba)
m = memoryview(bytearray(6))
struct.pack_into('<3h', m, 0, 1, 2, 3)
print(m.tobytes())

t(struct.unpack_from, 'i', b'abc', 0)
t(struct.unpack_from, 'i', b'abcdef', 4)
t(struct.unpack_from, 'i', b'abcdef', -10)
t(struct.unpack_from, '<h', b'\x01\x02\x03', offset=1)
t(struct.unpack_from, '<h', buffer=b'\x01\x02\x03')

it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(s.iter_unpack(b'\x01\x00\x02\x00\x00\x00' * 2)))
print(list(struct.iter_unpack('<2b', bytearray(b'\x01\x02\x03\x04'))))
t(struct.iter_unpack, '', b'')
t(struct.iter_unpack, 'h', b'abc')
t(struct.iter_unpack, 'h', 'ab')
t(type(it))

# the cache: formats are looked up by value, str and bytes alike
struct._clearcache()
for i in range(150):
    struct.pack('%dx' % i)
print(struct.calcsize('5x'), struct.calcsize(b'5x'), struct.pack(b'<h', 1))

class MyStruct(struct.Struct):
    def __init__(self, fmt):
        super().__init__('<' + fmt)
        self.extra = fmt
ms = MyStruct('h')
print(ms.format, ms.size, ms.extra, ms.pack(3), isinstance(ms, struct.Struct))
import _weakref
r = _weakref.ref(s)
print(r() is s)
for f in [lambda: struct.pack('i', 1, x=2), lambda: struct.pack_into('i', bytearray(4), 0, 1, x=2),
          lambda: struct.Struct('i').pack_into(bytearray(4), 0, 1, x=2), lambda: struct.pack(),
          lambda: struct.pack_into(), lambda: struct.unpack('i'), lambda: struct.iter_unpack('i'),
          lambda: struct.unpack_from('i')]:
    t(f)
