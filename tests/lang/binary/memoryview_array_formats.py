# memoryview over arrays of every numeric typecode: formats, packing of
# boundary values (accepted, rejected, and how), byte casts, equality.
from array import array
vals = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32, 2**63 - 1, 2**63, 2**64, -2**63, -2**63 - 1, 0.5, -0.0, float('inf'), True, b'a', 'a', None]
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [0, 0])
    m = memoryview(a)
    print(tc, m.format, m.itemsize, m.nbytes, m.tolist())
    for v in vals:
        try:
            m[0] = v
            r = m[0]
            print(' ', repr(v), '->', repr(r), a[0] == r)
        except Exception as e:
            print(' ', repr(v), type(e).__name__, e)
    for fmt in 'Bbc':
        try:
            print(' cast', fmt, m.cast(fmt).tolist()[:4])
        except Exception as e:
            print(' cast', fmt, type(e).__name__, e)
    try:
        print(' eq', m == array(tc, [a[0], a[1]]), m == memoryview(array(tc, [a[0], a[1]])), m.tobytes() == a.tobytes(), m.hex() == a.tobytes().hex())
    except Exception as e:
        print(' eq', type(e).__name__, e)
