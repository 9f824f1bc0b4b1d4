# binascii: hex, base64, uu, quoted-printable and the CRCs, against
# CPython's output, with deterministic pseudo-random data.
import binascii

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

seed = 12345
def data(n, alphabet=None):
    global seed
    out = bytearray()
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        x = seed >> 16
        out.append(alphabet[x % len(alphabet)] if alphabet else x & 0xff)
    return bytes(out)

print(binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__, binascii.Error.__module__)

# hex
for d in [b'', b'\x00', b'\xde\xad\xbe\xef', data(7)]:
    print(binascii.hexlify(d), binascii.b2a_hex(d), binascii.hexlify(d, '-'), binascii.hexlify(d, b':', 2),
          binascii.b2a_hex(d, sep='_', bytes_per_sep=-3))
t(binascii.hexlify, bytearray(b'ab'))
t(binascii.hexlify, memoryview(b'ab'))
t(binascii.hexlify, 'ab')
t(binascii.hexlify, b'ab', 'xx')
t(binascii.hexlify, data=b'\x01\x02')
print(binascii.unhexlify(b'DEADbeef'), binascii.a2b_hex('0aFf'), binascii.unhexlify(''))
for bad in ['abc', 'zz', b'0g', 'é0', 5]:
    t(binascii.unhexlify, bad)

# base64
for n in range(0, 12):
    d = data(n)
    enc = binascii.b2a_base64(d)
    print(n, enc, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(enc) == d)
for s in [b'', b'YWJj', b'YWJ', b'YW', b'Y', b'YQ==', b'YQ=', b'YQ', b'YWI=', b'YQ==YWJj', b'Y W\nJ j',
          b'YQ===', b'=YQ==', b'YQ=a=', b'!!YWJj!!', b'YWJjZA', 'YWJj', bytearray(b'YWJj'),
          b'YWJjZ', b'YWJjZGVmZ', b'\xffYWJj', b'Y=Q==']:
    t(binascii.a2b_base64, s)
    t(binascii.a2b_base64, s, strict_mode=True)
t(binascii.a2b_base64, 'é')
t(binascii.a2b_base64, 5)
t(binascii.b2a_base64, 'abc')
t(binascii.b2a_base64, b'a', True)

# uu
for n in [0, 1, 2, 3, 10, 45]:
    d = data(n)
    enc = binascii.b2a_uu(d)
    print(n, enc, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(enc) == d)
t(binascii.b2a_uu, data(46))
for s in [b'', b' ', b'!', b'\xff', b'#86)C\n', b'#86)C  \n', b'#86)C xyz', b'#8\x01)C', b'`', b'"86', '#86)C']:
    t(binascii.a2b_uu, s)

# quoted-printable
samples = [b'', b'hello', b'a=b', b'tab\tend\t', b'space end ', b'line1\nline2 \nline3\t\n',
           b'crlf\r\nline \r\n', b'.\n', b'.', b'x.\n', b'caf\xc3\xa9', b'under_score and space',
           b'a' * 80, b'b' * 75 + b'\n' + b'c' * 76, b'=' * 30, b'\x00\x01\x7f\x80', b'a\rb\nc',
           data(200, b'ab \t=\n\r_.\x80'), data(300)]
for s in samples:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        enc = binascii.b2a_qp(s, **kw)
        print(enc, binascii.a2b_qp(enc, header=kw.get('header', False)) == s)
for s in [b'a=3Db', b'a=3db', b'soft=\nbreak', b'soft=\r\nbreak', b'x=\r  \ny', b'==41', b'=4', b'=', b'=zz',
          b'a_b', 'a=41', b'end=']:
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, True), binascii.a2b_qp(data=s, header=False))

# checksums
for d in [b'', b'abc', b'The quick brown fox jumps over the lazy dog', data(1000)]:
    print(binascii.crc32(d), binascii.crc32(d, 12345), binascii.crc32(d, -1), binascii.crc32(d, 2**40),
          binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff), binascii.crc_hqx(d, -1))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
t(binascii.crc32, 'abc')
t(binascii.crc32, b'abc', 1.5)
t(binascii.crc_hqx, b'abc')
t(binascii.crc32)
