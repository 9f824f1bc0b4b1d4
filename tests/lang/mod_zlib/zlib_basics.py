# zlib's module functions and constants, against CPython's behaviour.
import zlib


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r)[:100])


print(sorted(n for n in dir(zlib) if not n.startswith("__")))
for name in ("MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION",
             "Z_BEST_SPEED", "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED",
             "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH",
             "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"):
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION), type(zlib.ZLIB_RUNTIME_VERSION), zlib.__version__)
print(zlib.ZLIB_VERSION.count("."), zlib.ZLIB_RUNTIME_VERSION[0] == zlib.ZLIB_VERSION[0])
print(zlib.error.__mro__, zlib.error.__module__)

for f in (zlib.compress, zlib.decompress, zlib.compressobj, zlib.decompressobj,
          zlib.crc32, zlib.adler32):
    print(f.__name__, f.__text_signature__)

data = b"The quick brown fox jumps over the lazy dog. " * 50
for level in range(-1, 10):
    c = zlib.compress(data, level)
    assert zlib.decompress(c) == data
    print("level", level, len(c), c[:2].hex())
print(zlib.compress(data) == zlib.compress(data, 6))
print(zlib.compress(b"").hex(), zlib.compress(b"", 0).hex())
print(zlib.compress(b"hello").hex())
print(zlib.compress(b"hello", level=9).hex())

# wbits: zlib, raw and gzip containers, and auto-detection on decompress
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(data, 6, wbits)
    print("wbits", wbits, len(c), c[:4].hex(), zlib.decompress(c, wbits) == data)
g = zlib.compress(data, wbits=31)
print(zlib.decompress(g, 47) == data, zlib.decompress(zlib.compress(data), 32 + 15) == data)
print(zlib.decompress(zlib.compress(data), 0) == data)

# bufsize: any non-negative size gives the same result
for bufsize in (0, 1, 7, 100, 16384, 10 ** 6):
    print("bufsize", bufsize, zlib.decompress(zlib.compress(data), bufsize=bufsize) == data)

# every buffer-protocol object is accepted
for obj in (bytearray(data), memoryview(data), memoryview(data)[10:200]):
    print(type(obj).__name__, zlib.decompress(zlib.compress(obj)) == bytes(obj))
import array
arr = array.array("i", range(100))
print("array", zlib.decompress(zlib.compress(arr)) == arr.tobytes())
print(zlib.decompress(bytearray(zlib.compress(b"abc"))), zlib.decompress(memoryview(zlib.compress(b"abc"))))

# errors
t("level 10", lambda: zlib.compress(b"x", 10))
t("level -2", lambda: zlib.compress(b"x", -2))
t("wbits 7", lambda: zlib.compress(b"x", wbits=7))
t("wbits 40", lambda: zlib.compress(b"x", wbits=40))
t("str", lambda: zlib.compress("x"))
t("None level", lambda: zlib.compress(b"x", level=None))
t("data kw", lambda: zlib.compress(data=b"x"))
t("too many", lambda: zlib.compress(b"x", 1, 15, 3))
t("big level", lambda: zlib.compress(b"x", 3, 2 ** 40))
t("bad header", lambda: zlib.decompress(b"xxxx"))
t("truncated", lambda: zlib.decompress(zlib.compress(b"hello")[:-3]))
t("empty", lambda: zlib.decompress(b""))
t("bufsize -1", lambda: zlib.decompress(zlib.compress(b"hello"), bufsize=-1))
t("bufsize str", lambda: zlib.decompress(b"", bufsize="x"))
t("bufsize huge", lambda: zlib.decompress(b"", bufsize=2 ** 65))
t("d wbits 3", lambda: zlib.decompress(zlib.compress(b"hello"), wbits=3))
t("d raw on zlib", lambda: zlib.decompress(zlib.compress(b"hello"), wbits=-15))
t("trailing junk", lambda: zlib.decompress(zlib.compress(b"hello") + b"junk"))
t("gzip as zlib", lambda: zlib.decompress(zlib.compress(b"hello", wbits=31)))
t("corrupt", lambda: zlib.decompress(zlib.compress(data)[:20] + b"\xff" * 20))
t("str d", lambda: zlib.decompress("abc"))
t("strided", lambda: zlib.compress(memoryview(b"abcdef")[::2]))
t("d too many", lambda: zlib.decompress(b"", 1, 2, 3))

# checksums
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"hello", 0), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"world", zlib.adler32(b"hello ")))
print(zlib.crc32(b"hello world") == zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.crc32(b"x", -1), zlib.crc32(b"x", 2 ** 70 + 5), zlib.adler32(b"x", -1), zlib.adler32(b"x", 2 ** 32 + 1))
big = bytes(range(256)) * 1000  # long enough to run without the interpreter
print(zlib.crc32(big), zlib.adler32(big), zlib.crc32(bytearray(big), 12345), zlib.adler32(memoryview(big), 7))
print(zlib.crc32(big[:5000]) == zlib.crc32(big[2500:5000], zlib.crc32(big[:2500])))
t("crc str", lambda: zlib.crc32("x"))
t("crc float", lambda: zlib.adler32(b"x", 1.0))
t("crc none", lambda: zlib.crc32())
t("crc 3", lambda: zlib.crc32(b"", 1, 2))
t("adler none", lambda: zlib.adler32())
t("crc strided", lambda: zlib.crc32(memoryview(b"abcdef")[::2]))
t("crc kw", lambda: zlib.crc32(data=b""))

class Idx:
    def __index__(self):
        return 99
print(zlib.crc32(b"a", Idx()), zlib.adler32(b"a", Idx()))

# larger data round trips in one shot
import random
rnd = random.Random(5)
noise = bytes(rnd.getrandbits(8) for _ in range(200000))
c = zlib.compress(noise)
print(len(noise), len(c) > len(noise), zlib.decompress(c) == noise)
text = b"".join(b"line %d of some text\n" % i for i in range(100000))
c = zlib.compress(text, 9)
print(len(text), len(c), zlib.decompress(c) == text, zlib.decompress(c, bufsize=1) == text)
