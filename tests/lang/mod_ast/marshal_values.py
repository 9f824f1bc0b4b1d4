# marshal.dumps of every supported type in every version, byte for byte as
# CPython 3.11 writes it (FLAG_REF and TYPE_REF included), loads back, and
# the errors of both directions.
import marshal
def show(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__, e)
x = 1000; y = [x, x]
vals = [None, True, False, 0, 1, -1, 255, 2**31-1, -2**31, 2**31, -2**31-1, 2**62, 2**63, 2**64, -(2**100), 2**15, 2**30, 2**45-1,
        1.5, -0.0, float('inf'), 1e300, 1j, complex(1.5, -2), '', 'abc', 'a b', 'é', 'x'*300, '€'*3, '\U0001f600', b'', b'ab\x00',
        (), (1,), tuple(range(300)), [], [1, [2]], {}, {1: 2, 'a': [3]}, set(), {1000, 3}, frozenset(), frozenset({'b', 'a', 'zz'}),
        ..., StopIteration, y, (x, x, 'abc', 'abc')]
for v in vals:
    for ver in (0, 1, 2, 3, 4):
        show(lambda: marshal.dumps(v, ver))
    d = marshal.dumps(v)
    back = marshal.loads(d)
    print(back == v or repr(back) == repr(v), type(back).__name__)
show(lambda: marshal.dumps(object()))
show(lambda: marshal.dumps([1, object()]))
show(lambda: marshal.dumps(bytearray(b'xy')))
show(lambda: marshal.dumps(memoryview(b'q')))
show(lambda: marshal.loads(b''))
show(lambda: marshal.loads(b'i\x01'))
show(lambda: marshal.loads(b'Q'))
show(lambda: marshal.loads(b'r\x05\x00\x00\x00'))
show(lambda: marshal.loads(b'[\x02\x00\x00\x00i\x01\x00\x00\x00'))
show(lambda: marshal.loads(b'(\x01\x00\x00\x000'))
show(lambda: marshal.loads(b'0'))
show(lambda: marshal.loads(b'l\x01\x00\x00\x00\x00\x80'))
show(lambda: marshal.loads(b'l\x01\x00\x00\x00\x00\x00'))
show(lambda: marshal.loads(b's\xff\xff\xff\xff'))
show(lambda: marshal.loads(b'z\x05ab'))
show(lambda: marshal.loads(b'N extra'))
show(lambda: marshal.loads('N'))
show(lambda: marshal.loads(bytearray(b'T')))
show(lambda: marshal.dumps(1, 2.0))
show(lambda: marshal.dumps())
show(lambda: marshal.dumps(1, 2, 3))
a = []; a.append(a)
show(lambda: marshal.dumps(a)[:20])
show(lambda: len(marshal.dumps(a, 2)))
r = marshal.loads(marshal.dumps(a)); print(r[0] is r)
deep = []
for i in range(3000): deep = [deep]
show(lambda: marshal.dumps(deep))
show(lambda: marshal.loads(b'[\x01\x00\x00\x00' * 2100 + b'N'))
# marshal output collected in a bytearray, starting empty
ba = bytearray()
ba += b""
ba += marshal.dumps((1, "a"))
print(marshal.loads(ba), marshal.loads(memoryview(ba)))
