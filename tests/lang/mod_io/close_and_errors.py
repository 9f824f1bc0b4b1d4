import io, gc, warnings

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, repr(e.__context__), repr(e.__cause__))

class Mock(io.RawIOBase):
    def __init__(self, reads=()):
        self.reads = list(reads)
        self.written = []
        self.calls = 0
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return False
    def readinto(self, b):
        self.calls += 1
        if not self.reads:
            return 0
        data = self.reads.pop(0)
        if data is None:
            return None
        b[:len(data)] = data
        return len(data)
    def write(self, b):
        self.written.append(bytes(b))
        return len(b)

# close flushes through the flush method; a closing error wins, with the
# flush error as its context
raw = Mock()
def bad_close():
    raise OSError("close")
raw.close = bad_close
b = io.BufferedWriter(raw)
def bad_flush():
    raise OSError("flush")
b.flush = bad_flush
show("close errors", b.close)
print(b.closed)
raw = Mock()
b = io.BufferedWriter(raw)
b.write(b"data")
b.flush = bad_flush
show("flush error on close", b.close)
print(raw.closed, raw.written)

class Recorder(io.BufferedWriter):
    log = []
    def flush(self):
        self.log.append("flush")
        super().flush()
    def close(self):
        self.log.append("close")
        super().close()
r = Recorder(Mock())
r.write(b"x")
r.close()
print(Recorder.log)

# non-blocking raw streams: None means no data yet
rb = io.BufferedReader(Mock([b"abc", b"d", None, b"efg", None, None, None]))
print(rb.read(6), rb.read(1), rb.read(), rb.peek(1), rb.read(), rb.read())

# readinto1 reads below at most once
raw = Mock([b"abc", b"de", b"fgh", b"jkl"])
rb = io.BufferedReader(raw, buffer_size=10)
small = bytearray(2)
print(rb.peek(3), raw.calls, rb.readinto1(small), small, rb.readinto1(small), small[:1],
      rb.readinto1(small), small, raw.calls)
big = bytearray(20)
print(rb.peek(3), rb.readinto1(big), big[:6], raw.calls)
rb = io.BufferedReader(Mock([b"ab", b"cd", b"ef"]), buffer_size=2)
big = bytearray(5)
print(rb.readinto(big), big)

# a raw readinto returning the wrong type
class BadRaw(Mock):
    def readinto(self, b):
        return b""
show("bad readinto", lambda: io.BufferedReader(BadRaw()).read(1))
show("read -2", lambda: io.BufferedReader(Mock([b"x"])).read(-2))
show("truncate read-only", lambda: io.BufferedReader(Mock()).truncate())
show("writer peek", lambda: io.BufferedWriter(Mock()).peek)

# objects whose __init__ never ran
for cls in [io.BufferedReader, io.BufferedWriter, io.TextIOWrapper]:
    u = cls.__new__(cls)
    show(cls.__name__ + " uninitialized read", lambda: u.read(0))
    show(cls.__name__ + " uninitialized write", lambda: u.write(b"" if cls is not io.TextIOWrapper else ""))
    show(cls.__name__ + " uninitialized repr", lambda: repr(u))
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
show("bad reinit", lambda: t.__init__(io.BytesIO(), newline="xyzzy"))
show("repr after bad reinit", lambda: repr(t))

# unclosed files warn when collected
name = "krait_test_close_errors.txt"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always", ResourceWarning)
    f = open(name, "w")
    f.write("x")
    del f
    gc.collect()
    f = io.FileIO(name)
    f.self = f
    del f
    gc.collect()
    with open(name) as g:
        pass
for w in caught:
    print(w.category.__name__, str(w.message).replace(repr(name), "NAME"))
print(open(name).read())

# a BOM only at the start of a stream
for enc in ["utf-8-sig", "utf-16"]:
    with open(name, "w", encoding=enc) as f:
        f.write("aaa")
    with open(name, "a", encoding=enc) as f:
        f.write("xxx")
    with open(name, "rb") as f:
        print(enc, f.read())
    with open(name, "r+", encoding=enc) as f:
        f.seek(0, 2)
        f.write("zzz")
        f.seek(0)
        print(repr(f.read()))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii")
t.write("abc\n")
t.reconfigure(encoding="utf-8-sig")
t.write("d\xe9f\n")
t.flush()
print(b.getvalue())
import os
os.remove(name)
