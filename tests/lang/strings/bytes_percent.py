# printf-style formatting of bytes and bytearray.
def pct(f, a):
    return f % a
tests = [(b"%d", 5), (b"%5d|", 42), (b"%-5d|", 42), (b"%x %X %o", (255, 255, 8)), (b"%#x", 255), (b"%s", b"raw"),
         (b"%b", bytearray(b"ba")), (b"%s", memoryview(b"mv")), (b"%r", "str"), (b"%a", "\xe9"), (b"%c", 65),
         (b"%c", b"z"), (b"%.2f", 3.14159), (b"%e", 1000.0), (b"%5s|", b"ab"), (b"%-5s|", b"ab"), (b"%.1s", b"ab"),
         (b"%%", ()), (b"%(k)s", {b"k": b"v"}), (b"%d", "x"), (b"%s", "x"), (b"%c", 256), (b"%c", b"ab"), (b"%y", 1),
         (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%+05d", 7), (b"%i|%u", (3, 4)), (b"%g", 1e-9)]
for f, a in tests:
    try:
        print(f, repr(pct(f, a)))
    except Exception as e:
        print(f, type(e).__name__, e)
print(pct(bytearray(b"%d-%s"), (1, b"x")), pct(b"%s", bytearray(b"q")))
