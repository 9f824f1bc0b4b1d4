# Compress and Decompress objects: streaming, flush modes, dictionaries,
# max_length, unused_data / unconsumed_tail / eof, copies, errors.
import copy
import pickle
import zlib


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r)[:100])


data = b"".join(b"record %05d: some payload bytes\n" % i for i in range(3000))

c = zlib.compressobj()
d = zlib.decompressobj()
print(type(c), type(d), type(c).__name__, type(c).__qualname__, type(c).__module__)
print([n for n in dir(c) if not n.startswith("__")], [n for n in dir(d) if not n.startswith("__")])
for f in (c.compress, c.flush, c.copy, c.__copy__, c.__deepcopy__, d.decompress, d.flush, d.copy):
    print(f.__name__, f.__text_signature__)
t("instantiate C", lambda: type(c)())
t("instantiate D", lambda: type(d)())
t("pickle", lambda: pickle.dumps(c))

# streaming in pieces gives the same stream as one shot at the same settings
pieces = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
stream = b"".join(pieces) + c.flush()
print(stream == zlib.compress(data), len(stream))
out = b"".join(d.decompress(stream[i:i + 97]) for i in range(0, len(stream), 97)) + d.flush()
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)

# flush modes
for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH,
             zlib.Z_BLOCK, zlib.Z_FINISH):
    co = zlib.compressobj(9)
    a = co.compress(data[:5000])
    b = co.flush(mode)
    rest = co.compress(data[5000:]) + co.flush() if mode != zlib.Z_FINISH else b""
    whole = a + b + rest
    dd = zlib.decompressobj()
    part = dd.decompress(a + b)
    print("mode", mode, len(b), len(part), dd.decompress(rest) + dd.flush() == data[len(part):] if mode != zlib.Z_FINISH else part == data[:5000])
co = zlib.compressobj()
co.compress(b"abc")
print(co.flush(zlib.Z_SYNC_FLUSH)[-4:].hex(), co.flush(zlib.Z_NO_FLUSH), co.flush().hex())

# every parameter of compressobj
for kw in ({"level": 0}, {"level": 9}, {"method": zlib.DEFLATED}, {"wbits": -12}, {"wbits": 31},
           {"memLevel": 1}, {"memLevel": 9}, {"strategy": zlib.Z_FILTERED},
           {"strategy": zlib.Z_HUFFMAN_ONLY}, {"strategy": zlib.Z_RLE}, {"strategy": zlib.Z_FIXED}):
    co = zlib.compressobj(**kw)
    s = co.compress(data) + co.flush()
    wbits = kw.get("wbits", 15)
    print(kw, len(s), zlib.decompress(s, wbits) == data)
co = zlib.compressobj(1, zlib.DEFLATED, 10, 5, zlib.Z_DEFAULT_STRATEGY, b"record")
s = co.compress(data) + co.flush()
print(len(s), zlib.decompressobj(10, b"record").decompress(s) == data)

# errors on creation
t("level 10", lambda: zlib.compressobj(10))
t("method 3", lambda: zlib.compressobj(method=3))
t("memLevel 10", lambda: zlib.compressobj(memLevel=10))
t("strategy 10", lambda: zlib.compressobj(strategy=10))
t("wbits 40", lambda: zlib.compressobj(wbits=40))
t("zdict int", lambda: zlib.compressobj(zdict=3))
t("zdict None", lambda: zlib.compressobj(zdict=None))
t("zdict str", lambda: zlib.compressobj(zdict="abc"))
t("7 args", lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7))
t("bad kw", lambda: zlib.compressobj(foo=1))
t("d zdict int", lambda: zlib.decompressobj(zdict=3))
t("d zdict None", lambda: zlib.decompressobj(zdict=None))
t("d wbits 3", lambda: zlib.decompressobj(wbits=3))
t("d bad kw", lambda: zlib.decompressobj(bar=1))

# a finished compressor
co = zlib.compressobj()
co.compress(b"abc")
co.flush()
t("compress after finish", lambda: co.compress(b"x"))
t("flush after finish", lambda: co.flush())
t("sync after finish", lambda: co.flush(zlib.Z_SYNC_FLUSH))
t("copy after finish", lambda: co.copy())
t("no-flush after finish", lambda: co.flush(zlib.Z_NO_FLUSH))
t("bad mode", lambda: zlib.compressobj().flush(77))
t("mode str", lambda: zlib.compressobj().flush("x"))
t("flush 2 args", lambda: zlib.compressobj().flush(1, 2))
t("compress no arg", lambda: zlib.compressobj().compress())
t("compress str", lambda: zlib.compressobj().compress("abc"))
t("compress kw", lambda: zlib.compressobj().compress(data=b"abc"))

# unused_data, eof, and a finished decompressor
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"zz"), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data, d.eof)
print(d.flush(), d.eof)
t("decompress after flush", lambda: d.decompress(b"x"))
print(d.unused_data, d.unconsumed_tail)
t("copy after flush", lambda: d.copy())
t("flush again", lambda: d.flush())
t("set eof", lambda: setattr(d, "eof", 1))
t("set unused_data", lambda: setattr(d, "unused_data", 1))
t("no attr", lambda: d.foo)

d = zlib.decompressobj()
t("max_length -1", lambda: d.decompress(b"abc", -1))
t("max_length float", lambda: d.decompress(b"abc", 3.0))
t("max_length huge", lambda: d.decompress(b"", 2 ** 65))
t("length 0", lambda: d.flush(0))
t("length huge", lambda: d.flush(2 ** 65))
t("garbage", lambda: d.decompress(b"garbage"))
t("flush after garbage", lambda: d.flush())
t("truncated stream flush", lambda: (lambda o: (o.decompress(zlib.compress(data)[:100]), o.flush(), o.eof))(zlib.decompressobj())[1:])

# max_length and unconsumed_tail
big = zlib.compress(b"a" * 100000)
d = zlib.decompressobj()
r = d.decompress(big, 10)
print(len(r), len(d.unconsumed_tail), d.eof)
r = d.decompress(d.unconsumed_tail, 100000000)
print(len(r), len(d.unconsumed_tail), d.eof)
d = zlib.decompressobj()
r = d.decompress(big, 10)
r2 = d.flush()
print(len(r), len(r2), d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
got = []
chunk = d.decompress(zlib.compress(data), max_length=1000)
while chunk:
    got.append(len(chunk))
    chunk = d.decompress(d.unconsumed_tail, 1000)
print(len(got), max(got), d.eof, sum(got) == len(data))
d = zlib.decompressobj()
total = b""
buf = zlib.compress(data) + b"TRAILER"
while not d.eof:
    total += d.decompress(buf, 33333)
    buf = d.unconsumed_tail
print(total == data, d.unused_data, d.unconsumed_tail)

# dictionaries
zd = b"hello world"
co = zlib.compressobj(zdict=zd)
x = co.compress(b"hello world hello") + co.flush()
t("no dict", lambda: zlib.decompress(x))
t("obj no dict", lambda: zlib.decompressobj().decompress(x))
t("wrong dict", lambda: zlib.decompressobj(zdict=b"wrong").decompress(x))
t("right dict", lambda: zlib.decompressobj(zdict=zd).decompress(x))
t("bytearray dict", lambda: zlib.decompressobj(zdict=bytearray(zd)).decompress(x))
t("flush no dict", lambda: (lambda o: (o.decompress(b""), o.flush()))(zlib.decompressobj()))
t("raw dict", lambda: zlib.decompressobj(zdict=b"abc", wbits=-15).decompress(
    (lambda o: o.compress(b"abcabc") + o.flush())(zlib.compressobj(wbits=-15, zdict=b"abc"))))
t("raw dict partial", lambda: zlib.decompressobj(zdict=b"abc", wbits=-15).decompress(
    zlib.compressobj(wbits=-15, zdict=b"abc").compress(b"abcabc")))
t("empty zdict", lambda: zlib.compressobj(zdict=b"").compress(b"x"))
d = zlib.decompressobj(zdict=zd)
print(d.decompress(x[:5]), d.decompress(x[5:]), d.eof)

# copies
co = zlib.compressobj()
first = co.compress(data[:30000])
c2 = co.copy()
c3 = copy.copy(co)
c4 = copy.deepcopy(co)
ends = [o.compress(data[30000:]) + o.flush() for o in (co, c2, c3, c4)]
print(len(set(ends)), zlib.decompress(first + ends[1]) == data, type(c2))
d = zlib.decompressobj()
s = zlib.compress(data) + b"tail"
head = d.decompress(s[:500])
d2 = d.copy()
d3 = copy.deepcopy(d)
r1 = d.decompress(s[500:])
r2 = d2.decompress(s[500:])
r3 = d3.decompress(s[500:])
print(head + r1 == data, r1 == r2 == r3, d2.unused_data, d3.eof)
d4 = d.copy()
print(d4.unused_data, d4.eof, d4.unconsumed_tail)

# decompressing a gzip stream and an auto-detected one
g = zlib.compressobj(wbits=31)
gz = g.compress(data) + g.flush()
print(zlib.decompressobj(31).decompress(gz) == data, zlib.decompressobj(47).decompress(gz) == data)
print(zlib.decompressobj(47).decompress(zlib.compress(data)) == data)
t("gzip w/ zlib", lambda: zlib.decompressobj().decompress(gz))

# two concatenated streams, as a reader does it
s = zlib.compress(b"one") + zlib.compress(b"two")
d = zlib.decompressobj()
print(d.decompress(s), d.unused_data == zlib.compress(b"two"))
d2 = zlib.decompressobj()
print(d2.decompress(d.unused_data), d2.eof)
import zlib
for o in (zlib.compressobj(), zlib.decompressobj()):
    for f, a, k in ((o.copy, (1,), {}), (o.copy, (), {'x': 1}), (o.__copy__, (1,), {}), (o.__deepcopy__, (), {}), (o.__deepcopy__, (1, 2), {}), (o.__deepcopy__, (), {'memo': 1})):
        try: f(*a, **k)
        except TypeError as e: print(e)
    print(type(o.__deepcopy__({})).__name__, type(o.__copy__()).__name__)
