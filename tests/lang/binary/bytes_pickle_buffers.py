# bytes/bytearray: decoding with every error handler, iterator pickling
# (__reduce__/__setstate__), bytearray __reduce_ex__ by protocol, and every
# way a strided or non-byte buffer enters a bytes operation.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for h in ['xmlcharrefreplace', 'namereplace', 'surrogatepass', 'strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-32']:
        if enc[:5] in ('utf-1', 'utf-3') and h in ('xmlcharrefreplace', 'namereplace'):
            continue  # CPython wraps the handler's error in a codec message here
        t(lambda: b'a\xff\xfe\x00b'.decode(enc, h))
it = iter(b'abc'); next(it)
t(lambda: it.__length_hint__()); t(lambda: it.__reduce__()); it.__setstate__(0); t(lambda: list(it)); t(lambda: it.__reduce__())
it = iter(bytearray(b'abc')); next(it)
t(lambda: it.__length_hint__()); t(lambda: it.__reduce__()); it.__setstate__(2); t(lambda: list(it)); t(lambda: it.__reduce__()); t(lambda: type(it).__name__); t(lambda: type(iter(b'')).__name__)
ba = bytearray(b'abc'); it = iter(ba); next(it); ba.clear(); t(lambda: list(it)); ba.extend(b'xyz'); t(lambda: list(it))
t(lambda: b'abc'.__getnewargs__()); t(lambda: bytes.__new__(bytes, b'x')); t(lambda: bytearray(b'ab').__reduce_ex__(4))
class SB(bytearray): pass
s = SB(b'q'); s.attr = 1
t(lambda: s.__reduce_ex__(2)); t(lambda: s.__reduce__()); t(lambda: s.__reduce_ex__(0))
t(lambda: b'a'.__rmod__(b'%s'))
t(lambda: bytearray(b'%s').__rmod__(b'x'))
t(lambda: b'%s'.__mod__(b'x'))
t(lambda: b'x'.__class_getitem__)
t(lambda: bytes.maketrans(b'ab', b'cd')[97:100])
t(lambda: b'abc'.hex(sep=':'))
t(lambda: (1).to_bytes(2, 'big') + bytearray(b'z'))
t(lambda: int.from_bytes(memoryview(b'\x01\x02'), 'big'))
t(lambda: int.from_bytes(bytearray(b'\x01\x02'), 'little', signed=True))
from array import array
t(lambda: int.from_bytes(array('h', [1]), 'little'))
t(lambda: float.fromhex(b'1.0'.decode()))
t(lambda: str(b'abc', 'ascii')); t(lambda: str(bytearray(b'abc'), 'ascii')); t(lambda: str(memoryview(b'abc'), 'ascii')); t(lambda: str(array('b', [97]), 'ascii'))
t(lambda: str(b'\xff', 'ascii', 'replace')); t(lambda: str(b'abc', errors='strict'))
t(lambda: ''.join(map(chr, b'hello')))
t(lambda: b'abc' * 0); t(lambda: b'' * 100); t(lambda: bytearray(b'') * 5)
t(lambda: sorted([b'b', b'a', bytearray(b'c'), b'ab']))
t(lambda: max(b'hello')); t(lambda: sum(bytearray(b'\x01\x02'))); t(lambda: list(enumerate(b'ab')))
t(lambda: {b'a': 1}[bytearray(b'a')])
t(lambda: len({memoryview(b'a'): 1}))
t(lambda: {b'a': 1}[memoryview(b'a')])
t(lambda: b'a' in {b'a'}); t(lambda: hash(b'') == hash('')); t(lambda: hash(b'\x00'))
t(lambda: b'%s' % (memoryview(bytearray(b'abc')).cast('B', (3,)),))
t(lambda: bytes(array('d', [1.0])))
t(lambda: bytearray(array('i', [1, 2])))
t(lambda: b''.join([array('b', [65])]))
t(lambda: b''.join([array('h', [0x4241])]))
t(lambda: b'x'.join([memoryview(b'ab').cast('c')]))
t(lambda: b'ab' + array('b', [67]))
t(lambda: bytearray(b'ab') + array('h', [0x4443]))
t(lambda: b'abc'.startswith(array('b', [97])))
t(lambda: b'abc'.find(array('b', [98])))
t(lambda: b'abc'.split(array('b', [98])))
t(lambda: array('b', [98]) in b'abc')
t(lambda: memoryview(b'abcdef').cast('B', (2, 3)) in b'abcdef')
t(lambda: b'abcdef'.find(memoryview(b'abcdef')[::2]))
t(lambda: b'abcdef'.replace(memoryview(b'abcdef')[1:3], b'X'))
t(lambda: bytearray(b'abcdef').extend(memoryview(b'ab')[::-1]))
ba = bytearray(b'ab'); ba[0:1] = array('h', [0x4142]); t(lambda: ba)

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
from array import array
nc = memoryview(b'xyz')[::-1]
def go(op):
    ba = bytearray(b'ab')
    t(lambda: op(ba)); print(ba)
go(lambda ba: ba.extend(nc)); go(lambda ba: ba.__iadd__(nc)); go(lambda ba: ba + nc); go(lambda ba: ba.__setitem__(slice(0, 1), nc))
go(lambda ba: ba.__setitem__(slice(None, None, 2), memoryview(b'q'))); go(lambda ba: ba.__setitem__(slice(0, 1), memoryview(b'qq').cast('c')))
go(lambda ba: ba.__setitem__(slice(0, 1), array('h', [0x4142]))); go(lambda ba: ba.extend(array('h', [0x4142])))
go(lambda ba: ba.__iadd__(array('h', [0x4142]))); go(lambda ba: ba.__init__(nc)); go(lambda ba: ba.__contains__(nc)); go(lambda ba: ba.find(nc))
go(lambda ba: ba.join([nc])); go(lambda ba: b''.join([nc])); go(lambda ba: bytes(nc)); go(lambda ba: bytearray(nc)); go(lambda ba: b'ab' + nc)
go(lambda ba: b'%b' % nc); go(lambda ba: ba.replace(b'a', nc)); go(lambda ba: ba.split(nc)); go(lambda ba: ba.strip(nc)); go(lambda ba: ba.startswith(nc))
go(lambda ba: ba == nc); go(lambda ba: ba < nc); go(lambda ba: b'ab' == nc); go(lambda ba: bytes.maketrans(nc, b'abc')); go(lambda ba: ba.translate(None, nc))
go(lambda ba: ba.removeprefix(nc)); go(lambda ba: ba.partition(nc)); go(lambda ba: ba.count(nc)); go(lambda ba: ba.center(5, nc[:1]))
go(lambda ba: memoryview(ba).__setitem__(slice(0, 2), memoryview(b'zyx')[::2]))
go(lambda ba: array('b').frombytes(nc)); go(lambda ba: array('b', nc)); go(lambda ba: int.from_bytes(nc, 'big'))
go(lambda ba: nc.tobytes()); go(lambda ba: bytes(memoryview(bytearray(b'abcdef')).cast('B', (2, 3))[::-1]))
for proto in range(5):
    t(lambda: bytearray(b'ab').__reduce_ex__(proto)); t(lambda: bytearray().__reduce_ex__(proto))
t(lambda: bytearray(b'\xff').__reduce__()); t(lambda: bytearray().__reduce__())
