# bytearray() construction from every kind of source.
print(bytearray(), bytearray(4), bytearray(b"bytes"), bytearray([1, 2, 255]), bytearray(range(3)), bytearray("é", "utf-8"))
print(bytearray(memoryview(b"mv")), bytearray(bytearray(b"copy")), bytearray("x", encoding="ascii", errors="strict"), bytearray(iter([7, 8])))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") == bytearray(b"abc"), bytearray(b"a") < b"b", b"b" > bytearray(b"a"))
print(bytearray(b"x") + b"y", b"x" + bytearray(b"y"), bytearray(b"ab") * 2, 3 * bytearray(b"z"), bytearray(b"z") in [b"z"])
for bad in [lambda: bytearray(-1), lambda: bytearray([256]), lambda: bytearray([-1]), lambda: bytearray(1.5),
            lambda: bytearray(b"a", "utf-8"), lambda: bytearray(errors="strict"), lambda: bytearray("a", 5), lambda: bytearray(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"reuse")
b.__init__(b"again")
print(b)
