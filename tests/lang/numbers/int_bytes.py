# int.to_bytes and int.from_bytes.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (127).to_bytes(1, "big", signed=True))
print((5).to_bytes(), (2**64 - 1).to_bytes(8, "little"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
print(int.from_bytes(b"\x01\x00"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (128).to_bytes(1, "big", signed=True))
t(lambda: (-129).to_bytes(1, "big", signed=True))
t(lambda: (-1).to_bytes(1, "big"))
t(lambda: (1).to_bytes(1, "middle"))
t(lambda: (1).to_bytes(-1, "big"))
t(lambda: (-128).to_bytes(1, "big", signed=True))
t(lambda: (0).to_bytes(0, "big", signed=True))
t(lambda: (1).to_bytes(0, "big"))
for n in (0, 1, -1, 2**100, -(2**100), 12345678987654321, -2**63):
    for order in ("big", "little"):
        b = n.to_bytes(20, order, signed=True)
        print(b.hex(), int.from_bytes(b, order, signed=True) == n)
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x01\x02", "big")
print(type(v).__name__, v)
