data = bytes(range(0, 256, 7)) + b"Hello, \xff\xfe world\n"
def hexdump(b, width=16):
    for off in range(0, len(b), width):
        chunk = b[off:off + width]
        hx = " ".join(f"{x:02x}" for x in chunk)
        asc = "".join(chr(x) if 32 <= x < 127 else "." for x in chunk)
        print(f"{off:08x}  {hx:<{width * 3 - 1}}  |{asc}|")
hexdump(data)
def adler32(b):
    a, s = 1, 0
    for x in b:
        a = (a + x) % 65521
        s = (s + a) % 65521
    return (s << 16) | a
def crc32(b):
    crc = 0xFFFFFFFF
    for x in b:
        crc ^= x
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
    return crc ^ 0xFFFFFFFF
print(hex(adler32(b"Wikipedia")), hex(crc32(b"The quick brown fox jumps over the lazy dog")), sum(data) & 0xFF)
ba = bytearray(b"abc")
ba += b"def"
ba[0] = 65
ba[1:3] = b"XYZ"
ba.extend([49, 50])
ba.insert(0, 0x7E)
print(ba, len(ba), ba.pop(), ba.find(b"Z"), ba.upper(), bytes(ba).hex(":"), ba.hex(" ", 2))
del ba[::2]
print(ba, ba * 2, ba.replace(b"Y", b"yy"), ba.decode(), bytearray.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"a,b,,c".split(b","), b"  x  ".strip(), b"abc".startswith(b"ab"), b"%d-%s-%x" % (5, b"s", 255), b"x" in b"xyz", 120 in b"xyz")
print(list(b"hi"), b"hi"[0], b"hi"[::-1], bytes(3), bytes([1, 2]), bytearray(2), b"\x00\x01".hex(), b"abc".translate(None, b"b"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (65535).to_bytes(3, "little"), b"A".decode("ascii"), "é".encode(), "é".encode("utf-16-le"))
mv = memoryview(bytearray(b"abcdef"))
mv[0] = ord("Z")
print(mv.tobytes(), mv[1:3].tobytes(), mv.nbytes, mv.readonly, bytes(mv[::2]), mv.obj)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print(e)
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.object)
try:
    "\udcff".encode()
except UnicodeEncodeError as e:
    print(e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), b"\xffab".decode("utf-8", "backslashreplace"), "\udcff".encode("utf-8", "surrogateescape"))
print(repr(b"\t\n\r\x00'\"\\"), repr(bytearray(b"'")), str(b"x"), b"abc" < b"abd", b"" == bytearray(), hash(b"ab") == hash(b"ab"))
