# memoryview.cast to other formats and shapes.
raw = bytearray(range(16))
m = memoryview(raw)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q"]:
    v = m.cast(fmt)
    print(fmt, v.itemsize, v.shape, v.tolist()[:4], v.nbytes)
f = memoryview(bytearray(b"\x00\x00\x80\x3f\x00\x00\x00\x40")).cast("f")
print(f.tolist(), f.format)
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = -2.25
print(d.tolist(), bytes(d.cast("B")[:8]).hex())
grid = m.cast("B", [4, 4])
print(grid.ndim, grid.shape, grid.strides, grid.tolist())
print(grid.cast("B").shape, m.cast("B", shape=[2, 8]).tolist())
ints = m.cast("i")
ints[1] = -5
print(ints.tolist(), raw[4:8])
neg = memoryview(b"\xff\xfe").cast("b")
print(neg.tolist(), memoryview(b"\xff\xff").cast("H").tolist())
for bad in [lambda: memoryview(b"abc").cast("H"), lambda: memoryview(b"ab").cast("x"), lambda: m.cast("H").cast("I"),
            lambda: m.cast("B", [3, 3]), lambda: grid[0], lambda: ints.__setitem__(0, 2**40),
            lambda: len(memoryview(b"a").cast("B", [])), lambda: m[::2].cast("H")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
