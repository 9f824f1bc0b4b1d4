# mmap on anonymous memory: the file-like cursor, indexing and slicing,
# item and slice assignment, find/rfind windows, move, resize, the buffer
# protocol and its pin on close/resize, the context manager, and the
# errors of a closed map.
import mmap


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


m = mmap.mmap(-1, 16)
print(m)
print(len(m), m.tell(), m[:], m.closed)
print(m.write(b'hello'), m.tell())
m.write_byte(ord('!'))
print(m[:8], m[0], m[-16], m[5])
attempt('m[16]', lambda: m[16])
attempt('m[-17]', lambda: m[-17])
attempt('m["a"]', lambda: m['a'])
attempt('m[1.5]', lambda: m[1.5])
print(m[1:4], m[::4], m[10:2:-2], m[100:], m[-3:])
print(list(m)[:3], b'h' in m, b'z' in m)

m[0] = ord('H')
m[1:3] = b'EL'
m[10:16:2] = b'abc'
print(m[:])
attempt('item 256', m.__setitem__, 0, 256)
attempt('item -1', m.__setitem__, 0, -1)
attempt('item bytes', m.__setitem__, 0, b'a')
attempt('item index', m.__setitem__, 100, 1)
attempt('slice size', m.__setitem__, slice(0, 2), b'xyz')
attempt('slice str', m.__setitem__, slice(0, 2), 'ab')
attempt('key str', m.__setitem__, 'a', 1)
attempt('del item', m.__delitem__, 0)
attempt('del slice', m.__delitem__, slice(0, 1))
m[0:2] = bytearray(b'he')
m[2:4] = memoryview(b'LL')
print(m[:6])

m.seek(0)
print(m.find(b'l'), m.find(b'L'), m.find(b'L', 3), m.find(b'L', -14), m.find(b'zz'))
print(m.rfind(b'L'), m.rfind(b'L', 0, 3), m.find(b''), m.rfind(b'', 3, 5), m.find(b'h', 2, -100))
m.seek(3)
print(m.find(b'h'), m.find(b'h', 0), m.rfind(b'L'))
attempt('find None', m.find, b'x', None)
attempt('find str', m.find, 'x')
attempt('find 4 args', m.find, b'x', 1, 2, 3)

m.seek(0)
print(m.read(2), m.tell(), m.read(None)[:4], m.tell())
m.seek(0)
print(m.read(-1) == m[:], m.read(), m.readline())
attempt('read_byte at end', m.read_byte)
attempt('write_byte at end', m.write_byte, 1)
print(m.write(b''))
attempt('write past end', m.write, b'x')
m.seek(-2, 2)
print(m.tell(), m.read_byte(), m.tell())
m.seek(-1, 1)
print(m.tell())
attempt('seek 100', m.seek, 100)
attempt('seek -1', m.seek, -1)
attempt('seek whence 3', m.seek, 0, 3)
attempt('seek cur past', m.seek, 5, 1)
attempt('seek()', m.seek)
attempt('read 2 args', m.read, 1, 2)
attempt('read str', m.read, 'a')
attempt('write str', m.write, 's')
attempt('write_byte 300', m.write_byte, 300)
attempt('write_byte -1', m.write_byte, -1)
attempt('tell(1)', m.tell, 1)

m.seek(0)
m.write(b'line1\nline2\nend')
m.seek(0)
print(m.readline(), m.readline(), m.readline(), m.readline())

m[:] = b'0123456789abcdef'
m.move(0, 4, 6)
print(m[:])
m.move(6, 0, 4)
print(m[:])
attempt('move out', m.move, 10, 0, 10)
attempt('move neg', m.move, -1, 0, 1)
attempt('move count', m.move, 0, 0, -1)

print(m.flush(), m.flush(0, 16))
attempt('flush too far', m.flush, 0, 100)
attempt('flush neg', m.flush, -1)
attempt('flush unaligned', m.flush, 1, 2)
print(m.madvise(mmap.MADV_NORMAL), m.madvise(mmap.MADV_RANDOM, 0, 100))
attempt('madvise start', m.madvise, mmap.MADV_NORMAL, 100)
attempt('madvise length', m.madvise, mmap.MADV_NORMAL, 0, -1)
attempt('madvise bad option', m.madvise, 9999)

attempt('size of anonymous', m.size)
m.seek(10)
m.resize(32)
print(len(m), m.tell(), m[:16], m[16:])
m.resize(8)
print(len(m), m[:], m.tell(), m.read(), m.readline())
attempt('read_byte past', m.read_byte)
attempt('write past', m.write, b'')
attempt('resize -1', m.resize, -1)

mv = memoryview(m)
print(mv.readonly, len(mv), mv[0], bytes(mv[:3]))
mv[0] = ord('Z')
print(m[0])
attempt('close while exported', m.close)
attempt('resize while exported', m.resize, 4)
mv.release()
print(bytearray(m)[:3], bytes(m)[:3])

print(m.__enter__() is m)
m.close()
m.close()
print(m.closed, m)
for name, args in [('read', ()), ('read_byte', ()), ('readline', ()), ('write', (b'a',)),
                   ('write_byte', (1,)), ('seek', (0,)), ('tell', ()), ('find', (b'a',)),
                   ('rfind', (b'a',)), ('move', (0, 0, 1)), ('flush', ()), ('resize', (4,)),
                   ('size', ()), ('madvise', (0,)), ('__enter__', ())]:
    attempt('closed ' + name, getattr(m, name), *args)
attempt('closed len', len, m)
attempt('closed item', lambda: m[0])
attempt('closed setitem', m.__setitem__, 0, 1)
attempt('closed memoryview', memoryview, m)

with mmap.mmap(-1, 4) as c:
    c[:] = b'abcd'
    print(c[:], c.closed)
print(c.closed)
with mmap.mmap(-1, 4) as c:
    v = memoryview(c)
    attempt('exit while exported', c.__exit__, None, None, None)
    v.release()
print(c.closed)

ro = mmap.mmap(-1, 8, prot=mmap.PROT_READ)
print(ro)
attempt('ro write', ro.write, b'a')
attempt('ro write_byte', ro.write_byte, 1)
attempt('ro setitem', ro.__setitem__, 0, 1)
attempt('ro move', ro.move, 0, 1, 1)
attempt('ro resize', ro.resize, 4)
print(memoryview(ro).readonly, ro.flush())
print(mmap.mmap(-1, 8, prot=mmap.PROT_WRITE))
print(mmap.mmap(-1, 8, flags=mmap.MAP_PRIVATE))
print(mmap.mmap(fileno=-1, length=4, access=mmap.ACCESS_WRITE))
print(mmap.mmap(-1, 4, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE))


class Sub(mmap.mmap):
    pass


s = Sub(-1, 3)
print(type(s).__name__, s[:], isinstance(s, mmap.mmap), repr(s).startswith('<Sub closed=False'))
import weakref  # noqa: E402
r = weakref.ref(s)
print(r() is s)
del s
print(r())
import pickle  # noqa: E402
attempt('pickle', pickle.dumps, mmap.mmap(-1, 2))
print(m == m, m != mmap.mmap(-1, 1))
attempt('add', lambda: mmap.mmap(-1, 1) + mmap.mmap(-1, 1))
attempt('mul', lambda: mmap.mmap(-1, 1) * 2)
