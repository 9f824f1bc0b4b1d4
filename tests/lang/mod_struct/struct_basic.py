# struct: every format char in every byte order, sizes and native
# alignment, round trips, and CPython's error messages.
import struct

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for f in ['bi', 'be', 'bd', 'b?', 'ih', '3s', '3p', '0s', 'bq', 'bP', 'bn', 'P', 'n', 'N',
          '@e', '=bi', '<bi', '>bi', '!bi', '2x', 'x', 'hxi', 'ix', 'b0i', ' i  2h ', '',
          '<', 'cbBhHiIlLqQfdes?', '=cbBhHiIlLqQfdes?', '@cbBhHiIlLqQfdes?nNP', '10s3p2x']:
    t(struct.calcsize, f)
for f in ['<P', '!n', '=N', 'z', '12', 'i 2 h', '9999999999999999999i', 'i\0', '4000000000000000000q',
          b'<i', 'é', 1]:
    t(struct.calcsize, f)

values = [0, 1, -1, 127, -128, 255, 256, 32767, -32768, 65535, 65536, 2**31 - 1, -2**31,
          2**32 - 1, 2**32, 2**63 - 1, -2**63, 2**64 - 1, 2**64, -2**63 - 1]
for order in '@=<>!':
    for code in 'bBhHiIlLqQ':
        out = []
        for v in values:
            try:
                b = struct.pack(order + code, v)
                back = struct.unpack(order + code, b)[0]
                out.append(b.hex() + ('' if back == v else '!%d' % back))
            except struct.error as e:
                out.append(str(e))
        print(order + code, out)
for code in 'nNP':
    for v in [0, 1, -1, 2**63 - 1, 2**64 - 1, 2**64, -2**63 - 1]:
        t(struct.pack, code, v)

floats = [0.0, -0.0, 1.0, -2.5, 1e-8, 5.96e-8, 6.1e-5, 65504.0, 65519.99, 65520.0, 1e300,
          float('inf'), float('-inf'), 3.141592653589793, 1/3]
for order in '@<>':
    for code in 'efd':
        out = []
        for v in floats:
            try:
                b = struct.pack(order + code, v)
                out.append((b.hex(), struct.unpack(order + code, b)[0]))
            except (OverflowError, struct.error) as e:
                out.append(type(e).__name__ + ': ' + str(e))
        print(order + code, out)
for b in [b'\x00\x7c', b'\x00\xfc', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\xff\x7b', b'\x00\x3c', b'\x55\x35']:
    print(b.hex(), struct.unpack('<e', b), struct.unpack('>e', b[::-1]))
n = struct.unpack('<e', struct.pack('<e', float('nan')))[0]
print(n != n, struct.pack('<e', float('nan')).hex(), struct.pack('>d', float('nan')).hex())

print(struct.pack('?', []), struct.pack('?', 'x'), struct.pack('>?', 5), struct.unpack('??', b'\x00\x02'))
print(struct.pack('c', b'a'), struct.unpack('3c', b'xyz'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('s', bytearray(b'q')),
      struct.pack('0s', b'zz'))
print(struct.pack('5p', b'abcdefg'), struct.pack('5p', b'ab'), struct.pack('1p', b'ab'),
      struct.pack('0p', b'ab'), struct.pack('300p', b'x' * 299)[:3])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('3p', b'\x01xy'), struct.unpack('2s', b'ab'))
print(struct.pack('<hxxi2x', 1, 2), struct.pack('@bhbi', 1, 2, 3, 4), struct.pack('3h', 1, 2, 3))
print(struct.pack('<Q', True), struct.pack('>h', False))

class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('<i', Idx()), struct.pack('<d', Flt()), struct.pack('<d', 3), struct.pack('<f', Idx()))

for fmt, v in [('f', 1e300), ('<f', 1e300), ('e', 1e10), ('q', 2**64), ('<q', 2**64), ('<Q', -1),
               ('Q', -1), ('P', -1), ('P', 2**64), ('n', 2**64), ('N', -1), ('i', 'x'), ('f', 'x'),
               ('i', 1.0), ('<h', 40000), ('h', 40000), ('<H', -1), ('H', -1), ('b', 200),
               ('<b', 200), ('B', -1), ('<i', 2**31), ('<I', 2**32), ('I', 2**32), ('l', 2**63),
               ('<l', 2**31), ('<I', -1), ('<L', -1), ('<L', 2**32), ('>h', -40000),
               ('<i', -2**31 - 1), ('I', -1), ('L', -1), ('i', 2**40), ('<i', 2**70),
               ('>q', 2**64), ('>Q', -1), ('>Q', 2**64), ('>i', 2**40), ('>i', 2**70), ('>I', 2**40),
               ('>l', 2**40), ('>L', -1), ('>H', -1), ('>H', 70000), ('<Q', 2**64), ('<q', -2**63 - 1),
               ('>e', 1e10), ('=l', 2**40), ('=L', -1), ('P', 1.5), ('>f', 'x'), ('d', '1'),
               ('n', 1.5), ('>b', 1000), ('<c', 1), ('c', b'ab'), ('c', bytearray(b'a')), ('s', 'x'),
               ('p', 1), ('<q', 1.5), ('?', 2**100)]:
    t(struct.pack, fmt, v)
t(struct.pack, 'i')
t(struct.pack, 'i', 1, 2)
t(struct.pack, 'z', 1)
t(struct.unpack, 'i', b'ab')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'd', 1)
t(struct.unpack, '<ih', memoryview(b'\x01\x00\x00\x00\x02\x00'))
t(struct.unpack, '<2h', bytearray(b'\x01\x00\x02\x00'))
