# hex() with separators and fromhex round trips.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex(" ", 2), data.hex("-", -3), data.hex("|", 100), bytearray(data).hex("."))
print(memoryview(data).hex("_", 4), data[:1].hex(":"), b"".hex(":"))
print(bytes.fromhex(data.hex()) == data, bytearray.fromhex("00 ff 10"), bytes.fromhex("AbCd"), bytes.fromhex("\t01\n02 "))
for bad in ["0", "0g", "0 0", "xyz", "01 2"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError", e)
class MyBytes(bytes):
    pass
print(type(MyBytes.fromhex("41")).__name__, MyBytes.fromhex("4142"), type(bytearray.fromhex("41")).__name__)
print(int.from_bytes(bytes.fromhex("0102"), "big"), (258).to_bytes(2, "little").hex())
