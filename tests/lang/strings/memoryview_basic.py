# memoryview over bytes/bytearray: attributes, slicing, tolist, tobytes, hex, release.
m = memoryview(b"abcdef")
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.obj, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes())
print(m[::2].strides, m[::2].nbytes, m.tolist(), m.hex(), m.hex(":"), m.hex("-", 2), bytes(m[2:]), list(m[:3]))
print(m == b"abcdef", m == bytearray(b"abcdef"), m == b"abc", m[1:3] == memoryview(b"bc"), m != b"x")
print(hash(m) == hash(b"abcdef"), m.toreadonly().readonly)
mb = memoryview(bytearray(b"xyz"))
mb[0] = 65
mb[1:3] = b"BC"
print(mb.obj, mb.readonly, mb.tobytes())
for bad in [lambda: m.__setitem__(0, 1), lambda: mb.__setitem__(0, 256), lambda: mb.__setitem__(0, "a"),
            lambda: mb.__setitem__(slice(1, 3), b"X"), lambda: m[10], lambda: m["a"], lambda: memoryview(5),
            lambda: hash(mb), lambda: mb.__delitem__(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
m2 = m[1:]
m.release()
print(m2.tobytes(), repr(m).startswith("<released memory at 0x"), repr(m2).startswith("<memory at 0x"))
try:
    m[0]
except ValueError as e:
    print("ValueError", e)
with memoryview(b"ctx") as c:
    print(c[0], c.tobytes())
try:
    c.tobytes()
except ValueError as e:
    print("ValueError", e)
