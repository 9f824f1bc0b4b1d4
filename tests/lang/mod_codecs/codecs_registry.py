# The codec registry: lookup through the encodings package, normalised
# names, the cache, search functions, error handlers, and str.encode /
# bytes.decode falling back to the registry.
import codecs
import _codecs

info = codecs.lookup('utf-8')
print(type(info).__name__, info.name, info is codecs.lookup('UTF_8'))
print(codecs.lookup('UTF 8').name, codecs.lookup('Latin-1').name, codecs.lookup('cp437').name)
print(codecs.lookup('utf-8').encode('h\xe9'), codecs.lookup('utf-8').decode(b'h\xc3\xa9'))

seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)),
                                name='my-codec')
    return None
codecs.register(search)
for name in ['Foo Bar-Baz', 'X_Y', '\xc4\xd6', 'My Codec']:
    try:
        print(codecs.lookup(name).name)
    except LookupError as e:
        print(type(e).__name__, e)
print(seen)
print('abc'.encode('my-codec'), b'ABC'.decode('MY_CODEC'))
print(codecs.encode('abc', 'my codec'), codecs.decode(b'XY', encoding='my codec'))
codecs.unregister(search)
try:
    codecs.lookup('my_codec2')
except LookupError as e:
    print(type(e).__name__, e)

def bad(name):
    return 1 if name == 'bad_codec' else None
codecs.register(bad)
try:
    codecs.lookup('bad codec')
except TypeError as e:
    print(type(e).__name__, e)
codecs.unregister(bad)

for args in [(1,), ]:
    try:
        codecs.register(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    codecs.register_error('x', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup_error('nonexistent')
except LookupError as e:
    print(type(e).__name__, e)

for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    print(name, codecs.lookup_error(name))
print(codecs.strict_errors is codecs.lookup_error('strict'),
      codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors)

# the registry for codecs with no C code
print('ab\xc7'.encode('cp437'), b'\x80\x81'.decode('cp437'), 'x'.encode('mac_roman'))
print('\u20ac5'.encode('cp1250'), b'\xa4'.decode('iso8859_15'), 'Ω'.encode('cp1253'))
for f in [lambda: 'a'.encode('rot13'), lambda: b'a'.decode('rot13'),
          lambda: 'a'.encode('xyz'),
          lambda: b'a'.decode('xyz'), lambda: '\u20ac'.encode('cp437'),
          lambda: b'\x81'.decode('cp1252'), lambda: 'a'.encode('cp437', 'bogus'),
          lambda: '\u20ac'.encode('cp437', 'bogus')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'))
print('\u20acx'.encode('cp437', 'replace'), '\u20acx'.encode('cp437', 'ignore'),
      '\u20acx'.encode('cp437', 'xmlcharrefreplace'), '\u20acx'.encode('cp437', 'backslashreplace'))
print(b'\x81x'.decode('cp1252', 'replace'), b'\x81x'.decode('cp1252', 'ignore'),
      b'\x81x'.decode('cp1252', 'backslashreplace'))

# custom error handlers, in C codecs and charmap ones
def handler(exc):
    print(' handler got', type(exc).__name__, exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d>' % ord(exc.object[exc.start]), exc.end)
    return ('[%02x]' % exc.object[exc.start], exc.start + 1)
codecs.register_error('test.handler', handler)
print('a\xe9\u20acb'.encode('ascii', 'test.handler'))
print('a\u20acb'.encode('latin-1', 'test.handler'))
print('a\u20acb'.encode('cp437', 'test.handler'))
print(b'a\xff\xfeb'.decode('ascii', 'test.handler'))
print(b'a\xff\xfeb'.decode('utf-8', 'test.handler'))
print(b'a\x81b'.decode('cp1252', 'test.handler'))
codecs.register_error('test.bytes', lambda exc: (b'!!', exc.end))
print('a\u20acb'.encode('ascii', 'test.bytes'), 'a\u20acb'.encode('cp437', 'test.bytes'))
codecs.register_error('test.bad', lambda exc: 42)
for f in [lambda: 'a\u20ac'.encode('ascii', 'test.bad'),
          lambda: b'a\xff'.decode('ascii', 'test.bad'),
          lambda: 'a\u20ac'.encode('ascii', 'unknown.handler'),
          lambda: b'\xff'.decode('utf-8', 'unknown.handler')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.lookup('cp850') is codecs.lookup('cp850'))

# bytes-to-bytes codecs of the encodings package on top of binascii
print(codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex_codec'))
try:
    b'a'.decode('hex')
except LookupError as e:
    print(type(e).__name__, e)

# a registered handler's resume position is honoured
calls = []
def one(exc):
    calls.append((type(exc).__name__, exc.start, exc.end))
    if isinstance(exc, UnicodeEncodeError):
        return ('?', exc.start + 1)
    return ('<%d>' % exc.start, exc.start + 1)
codecs.register_error('test.one', one)
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp437', 'cp1252']:
    calls.clear()
    s = 'a\u20ac\u0101b' if enc not in ('utf-8', 'utf-16-le') else 'a\ud800\udc00b'
    print(enc, s.encode(enc, 'test.one'), calls)
for enc, data in [('ascii', b'a\xff\xfeb'), ('utf-8', b'a\xe2\x82b\xff'), ('cp1252', b'\x81\x8d'),
                  ('cp437', b'ab'), ('utf-16-le', b'a\x00\x00\xdcb\x00')]:
    calls.clear()
    print(enc, data.decode(enc, 'test.one'), calls)
codecs.register_error('test.skip', lambda exc: ('#', exc.end + 1))
print(b'a\xffxyz'.decode('ascii', 'test.skip'), 'a\u20acxyz'.encode('ascii', 'test.skip'))
codecs.register_error('test.far', lambda exc: ('', 100))
for f in [lambda: 'a\u20ac'.encode('ascii', 'test.far'), lambda: b'a\xff'.decode('ascii', 'test.far'),
          lambda: 'a\u20ac'.encode('cp437', 'test.far')]:
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)

# a handler may replace the input it was given (exc.object)
def swap(exc):
    exc.object = b'xyz'
    return ('<>', 1)
codecs.register_error('test.swap', swap)
for enc, data in [('ascii', b'\xff\xff'), ('utf-8', b'a\xff'), ('utf-16-le', b'\x00\xdc'),
                  ('utf-7', b'a+!'), ('unicode_escape', b'\\x4'), ('raw_unicode_escape', b'\\u12'),
                  ('cp1252', b'\x81'), ('cp437', b'ab')]:
    try:
        print(enc, repr(data.decode(enc, 'test.swap')))
    except Exception as e:
        print(enc, type(e).__name__, e)
def not_bytes(exc):
    exc.object = 42
    return ('', 0)
codecs.register_error('test.notbytes', not_bytes)
try:
    b'\xff'.decode('utf-8', 'test.notbytes')
except TypeError as e:
    print(type(e).__name__, e)
codecs.register_error('test.odd', lambda exc: (b'a', exc.end))
for enc in ['utf-16-le', 'utf-32-be', 'utf-8']:
    try:
        print(enc, '[\udc80]'.encode(enc, 'test.odd'))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.start, e.end)
