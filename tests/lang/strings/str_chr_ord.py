# chr/ord round trips and string widths.
for cp in [0, 9, 10, 65, 127, 128, 233, 255, 256, 0x3b1, 0x20ac, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c), c.isprintable(), len(c.encode("utf-8")), len(c.encode("utf-16-le")))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: chr("a"), lambda: ord(b"ab")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")), "".join(chr(c) for c in range(0x3b1, 0x3b6)))
