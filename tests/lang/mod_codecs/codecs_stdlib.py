# Standard-library users of _codecs, binascii, _struct and _locale.
import base64
import codecs
import locale
import os
import quopri
import struct
import tempfile

print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='))
print(base64.urlsafe_b64encode(b'\xfb\xff'), base64.urlsafe_b64decode('-_8='))
print(base64.b32encode(b'abc'), base64.b32decode(b'MFRGG==='), base64.b16encode(b'\xab'), base64.b16decode('AB'))
print(base64.b85encode(b'hello'), base64.b85decode(b'Xk~0{Zv'), base64.a85encode(b'hello'), base64.a85decode(b'BOu!rDZ'))
print(base64.encodebytes(b'x' * 60))
try:
    base64.b64decode(b'abc', validate=True)
except Exception as e:
    print(type(e).__name__, e)
print(quopri.encodestring(b'caf\xc3\xa9 = ok\n'), quopri.decodestring(b'caf=C3=A9'))

print('bücher.example'.encode('idna'), b'xn--bcher-kva.example'.decode('idna'))
print(codecs.encode(b'hi there', 'uu'), codecs.decode(codecs.encode(b'hi', 'uu'), 'uu'))
print(codecs.encode(b'a=b c', 'quopri'), codecs.encode(b'ab', 'base64'), codecs.decode(b'YWI=\n', 'base64'))
print(codecs.encode('Hello', 'rot13'))

d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('x\u20acy\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, encoding='utf-16') as f:
    print(repr(f.read()))
with open(path, 'w', encoding='cp437') as f:
    f.write('\xe9t\xe9')
with open(path, encoding='cp437') as f:
    print(f.read(), os.path.getsize(path))
os.remove(path)
os.rmdir(d)

print(locale.getpreferredencoding(False), locale.getencoding(), locale.setlocale(locale.LC_ALL, 'C'))
print(locale.localeconv()['decimal_point'], locale.format_string('%.2f', 1234.5, grouping=True),
      locale.str(1.5), locale.atof('3.25'), locale.atoi('42'), locale.normalize('en_US.utf8'))
print(locale.strcoll('a', 'b') < 0, locale.strxfrm('abc'), locale.getlocale(locale.LC_NUMERIC))
try:
    locale.setlocale(locale.LC_ALL, 'xx_XX.bogus')
except locale.Error as e:
    print(type(e).__name__, e)

s = struct.Struct('!HHI')
print(s.unpack(s.pack(1, 2, 3)), struct.calcsize('P') in (4, 8))
