# The per-codec functions of _codecs: (result, consumed) tuples, `final`,
# byte orders, and the codec classes of the encodings package built on them.
import codecs
import _codecs

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

s = 'a\xe9\u20ac\U0001f600'
for f in [codecs.utf_7_encode, codecs.utf_8_encode, codecs.utf_16_encode,
          codecs.utf_16_le_encode, codecs.utf_16_be_encode, codecs.utf_32_encode,
          codecs.utf_32_le_encode, codecs.utf_32_be_encode, codecs.unicode_escape_encode,
          codecs.raw_unicode_escape_encode, codecs.latin_1_encode, codecs.ascii_encode,
          codecs.charmap_encode]:
    show(f, s)
    show(f, 'plain')
show(codecs.utf_16_encode, 'ab', None, 1)
show(codecs.utf_16_encode, 'ab', None, -1)
show(codecs.utf_32_encode, 'ab', 'strict', 1)
show(codecs.latin_1_encode, s, 'replace')
show(codecs.ascii_encode, s, 'backslashreplace')
show(codecs.utf_8_encode, 'a\ud800b', 'surrogatepass')
show(codecs.utf_8_encode, 'a\udcffb', 'surrogateescape')
show(codecs.utf_8_encode, 'a\ud800b')
show(codecs.utf_8_encode, b'x')

# stateful decoding: final=False keeps an incomplete tail
for data in [b'ab\xc3', b'ab\xc3\xa9', b'\xe2\x82', b'\xff']:
    show(codecs.utf_8_decode, data)
    show(codecs.utf_8_decode, data, None, True)
for f in [codecs.utf_16_decode, codecs.utf_16_le_decode, codecs.utf_16_be_decode]:
    for data in [b'\xff\xfea\x00b', b'\xfe\xff\x00a\x00', b'a\x00=\xd8', b'a\x00=\xd8\x00\xde', b'a']:
        show(f, data)
        show(f, data, 'strict', True)
for f in [codecs.utf_32_decode, codecs.utf_32_le_decode, codecs.utf_32_be_decode]:
    for data in [b'\xff\xfe\x00\x00a\x00\x00\x00b', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00']:
        show(f, data)
        show(f, data, 'replace', True)
for data in [b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00', b'\xff', b'']:
    show(codecs.utf_16_ex_decode, data)
    show(codecs.utf_16_ex_decode, data, None, 0, True)
    show(codecs.utf_16_ex_decode, data, None, 1, True)
for data in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00']:
    show(codecs.utf_32_ex_decode, data)
    show(codecs.utf_32_ex_decode, data, None, -1, True)
for data in [b'a+AKk-b', b'+AKkgrA-', b'a+AKk', b'1+-2', b'+2D3eAA-', b'a+', b'+A', b'\x80', b'a+!']:
    show(codecs.utf_7_decode, data)
    show(codecs.utf_7_decode, data, None, True)
    show(codecs.utf_7_decode, data, 'replace', True)
for data in [b'a\\u20acb', b'a\\u20', b'\\', b'\\x4', b'a\\tb\\N{DIGIT ONE}']:
    show(codecs.unicode_escape_decode, data)
    show(codecs.unicode_escape_decode, data, None, False)
    show(codecs.raw_unicode_escape_decode, data, None, False)
show(codecs.unicode_escape_decode, 'a\\x41')
show(codecs.latin_1_decode, b'a\xe9\xff')
show(codecs.ascii_decode, b'a\xe9\xff')
show(codecs.ascii_decode, b'a\xe9\xff', 'replace')
show(codecs.ascii_decode, b'a\xe9\xff', 'surrogateescape')
show(codecs.ascii_decode, 'abc')
show(codecs.latin_1_decode, bytearray(b'xy'))
show(codecs.latin_1_decode, memoryview(b'xyz'))

# charmap with the three kinds of mapping
table = 'abc' + '\ufffe' * 253
show(codecs.charmap_decode, b'\x00\x01\x02', None, table)
show(codecs.charmap_decode, b'\x00\x05', None, table)
show(codecs.charmap_decode, b'\x00\x05', 'replace', table)
show(codecs.charmap_decode, b'\x00\x01\x02', None, {0: 'x', 1: 0x263a, 2: None})
show(codecs.charmap_decode, b'\x00\x01', 'ignore', {0: 'xy', 1: None})
show(codecs.charmap_decode, b'\x00', None, {0: 1.5})
show(codecs.charmap_decode, b'\x00', None, {0: 0x110000})
show(codecs.charmap_decode, b'\x00\x01', None, ['A', 'B'])
show(codecs.charmap_decode, b'\xe9')
emap = codecs.charmap_build(table)
print(type(emap).__name__)
show(codecs.charmap_encode, 'abc', None, emap)
show(codecs.charmap_encode, 'abxc', None, emap)
show(codecs.charmap_encode, 'abxxc', 'replace', emap)
show(codecs.charmap_encode, 'abxc', 'ignore', emap)
show(codecs.charmap_encode, 'abc', None, {97: 1, 98: b'BB', 99: None})
show(codecs.charmap_encode, 'a', None, {97: 300})
show(codecs.charmap_encode, 'a', None, {97: 'x'})
show(codecs.charmap_encode, 'a?', 'replace', {97: 1})
show(codecs.charmap_encode, '\xe9')

# bytes-to-bytes helpers
show(codecs.escape_encode, b'a\'"\\\t\n\r\x00\x7f\xff')
show(codecs.escape_decode, b'a\\x41\\n\\\\')
show(codecs.escape_decode, 'a\\x41')
show(codecs.escape_decode, b'\\x4')
show(codecs.escape_decode, b'\\x4g', 'replace')
show(codecs.readbuffer_encode, b'abc')
show(codecs.readbuffer_encode, 'h\xe9')

# incremental codecs and stream classes of the encodings package
for enc in ['utf-8', 'utf-16', 'utf-32', 'utf-7', 'latin-1', 'cp437', 'unicode_escape']:
    data = 'h\xe9\u20ac!'.encode(enc) if enc not in ('latin-1', 'cp437') else b'h\xe9!'
    dec = codecs.getincrementaldecoder(enc)()
    out = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(dec.decode(b'', final=True))
    print(enc, out)
    encoder = codecs.getincrementalencoder(enc)()
    print(enc, [encoder.encode(c) for c in 'ab'], encoder.encode('', final=True))
print(codecs.getencoder('utf-8')('x'), codecs.getdecoder('latin-1')(b'y'))
print(codecs.utf_16_decode(codecs.BOM_UTF16 + b'a\x00'), codecs.BOM_UTF8)
try:
    codecs.getincrementaldecoder('utf-16')().decode(b'a\x00b\x00', True)
    print('decoded without BOM')
except UnicodeError as e:
    print(type(e).__name__, e)
print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'x'], 'utf-8')))
print(list(codecs.iterencode(['a', '\u20ac'], 'utf-16-le')))

# argument errors
for f in [lambda: codecs.lookup(1), lambda: codecs.register_error(1, len), lambda: codecs.lookup_error(1),
          lambda: codecs.encode('a', 2), lambda: codecs.encode(), lambda: codecs.lookup(), lambda: codecs.lookup('a\0b'),
          lambda: codecs.utf_8_decode(), lambda: codecs.utf_8_decode(b'', 1), lambda: codecs.utf_8_decode(b'', None, 1.5),
          lambda: codecs.utf_8_decode(b'', None, 1, 2), lambda: codecs.register_error('x'),
          lambda: codecs.charmap_build(1), lambda: codecs.escape_encode('x'), lambda: codecs.utf_16_ex_decode(b'', None, 'x'),
          lambda: codecs.encode('a', 'utf-8', 'bogus'), lambda: codecs.decode(b'\xff', 'utf-8', 'bogus'),
          lambda: codecs.encode('\u20ac', 'latin-1'), lambda: codecs.encode(1, 'utf-8'), lambda: codecs.decode(1, 'utf-8'),
          lambda: codecs.encode('a', encoding='cp437', errors='strict'), lambda: _codecs.unregister(1),
          lambda: 'x'.encode('utf-8', 'bogus'), lambda: '\u20ac'.encode('ascii', 'bogus'),
          lambda: '\u20ac'.encode('unicode_escape', 'bogus'), lambda: '\u20ac'.encode('cp437', 'bogus')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# incremental UTF-8 keeps the start of an encoded surrogate for surrogatepass
dec = codecs.getincrementaldecoder('utf-8')('surrogatepass')
print([dec.decode(b'\xed'), dec.decode(b'\xa0'), dec.decode(b'\x80'), dec.decode(b'x', True)])
print(codecs.utf_8_decode(b'a\xed\xa0', None, False))
try:
    codecs.utf_8_decode(b'a\xed\xa0', None, True)
except UnicodeDecodeError as e:
    print(e)

# which exceptions a codec's failure is wrapped in
import _weakref
class WithWeakref(RuntimeError):
    __slots__ = ('__weakref__',)
class WithInit(RuntimeError):
    def __init__(self, msg):
        super().__init__(msg)
def with_attr(msg):
    e = RuntimeError(msg)
    e.attr = 1
    return e
to_raise = None
def raiser(*args):
    raise to_raise
def search(name):
    if name == 'test_wrap':
        return codecs.CodecInfo(raiser, raiser, name='test_wrap')
codecs.register(search)
for exc in [RuntimeError('plain'), WithWeakref('weakref'), WithInit('init'), with_attr('attr'),
            RuntimeError('two', 'args'), RuntimeError(5), RuntimeError(), ValueError('v')]:
    to_raise = exc
    for f in [lambda: codecs.encode('x', 'test_wrap'), lambda: codecs.decode(b'x', 'test_wrap')]:
        try:
            f()
        except Exception as e:
            print(type(e).__name__, repr(str(e)), type(e.__cause__).__name__, e is exc)
try:
    codecs.decode(b'abc', 'hex')
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
