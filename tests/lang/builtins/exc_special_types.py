e = OSError(2, 'No such file or directory', 'data.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
print(str(OSError(13, 'Permission denied', 'a', None, 'b')))
for code in [1, 2, 4, 11, 13, 17, 20, 21, 32, 110, 9999]:
    print(code, type(OSError(code, 'msg')).__name__)
print(repr(OSError('just a message')), str(OSError(1)), repr(OSError()))
print(BlockingIOError(11, 'x', 5).characters_written)
try:
    BlockingIOError(11, 'x').characters_written
except AttributeError as err:
    print('AttributeError:', err)
print(FileNotFoundError(2, 'gone').__reduce__())
s = SyntaxError('invalid syntax', ('prog.py', 3, 5, 'x = = 1\n', 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(str(s), str(SyntaxError('m', ('/long/path/to/f.py', 1, 2, 't'))))
print(str(SyntaxError('plain')), SyntaxError().msg, repr(SyntaxError('m')))
try:
    SyntaxError('m', ('f.py', 1))
except TypeError as err:
    print('TypeError:', err)
ie = ImportError('cannot', name='mod', path='/x.py')
print(ie.msg, ie.name, ie.path, str(ie))
try:
    ImportError('x', bogus=1)
except TypeError as err:
    print('TypeError:', err)
print(StopIteration().value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(0).code, SystemExit('bye').code, SystemExit(1, 2).code)
print(str(KeyError('missing')), str(KeyError(1, 2)), str(KeyError()))
ude = UnicodeDecodeError('utf-8', b'\xff\xfeab', 0, 1, 'invalid start byte')
print(str(ude), ude.encoding, ude.object, ude.start, ude.end, ude.reason)
print(str(UnicodeDecodeError('utf-8', b'\xff\xfeab', 0, 2, 'bad')))
uee = UnicodeEncodeError('ascii', 'caf\xe9', 3, 4, 'ordinal not in range(128)')
print(str(uee))
print(str(UnicodeEncodeError('ascii', '\u20ac\U0001f600', 1, 2, 'r')))
print(str(UnicodeEncodeError('ascii', 'ab', 0, 2, 'r')))
print(str(UnicodeTranslateError('\u1234x', 0, 1, 'no')))
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as err:
    print(err)
try:
    b'\xc3('.decode('utf-8')
except UnicodeDecodeError as err:
    print(err)
ae = AttributeError('no attr', name='attr', obj=5)
print(ae.name, ae.obj, AttributeError('x').name)
ne = NameError('undefined', name='foo')
print(ne.name)
try:
    undefined_variable_here
except NameError as err:
    print(err, err.name)
try:
    (5).nope
except AttributeError as err:
    print(err, err.name, err.obj)
