import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Raw(io.RawIOBase):
    def __init__(self, data=b"", step=3, seekable=False):
        self.data = bytearray(data)
        self.pos = 0
        self.step = step
        self._seekable = seekable
        self.log = []
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return self._seekable
    def readinto(self, b):
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        self.log.append(("readinto", len(b), n))
        return n
    def write(self, b):
        b = bytes(b)
        n = min(len(b), self.step)
        self.data[self.pos:self.pos + n] = b[:n]
        self.pos += n
        self.log.append(("write", b[:n]))
        return n
    def seek(self, pos, whence=0):
        if whence == 0:
            self.pos = pos
        elif whence == 1:
            self.pos += pos
        else:
            self.pos = len(self.data) + pos
        return self.pos
    def tell(self):
        return self.pos

r = io.BufferedReader(Raw(b"0123456789\nabc\n"), buffer_size=4)
print(r, r.readable(), r.writable(), r.seekable(), r.closed)
print(r.read(2), r.peek(1), r.read1(10), r.read1(), r.readline(), r.read(), r.read())
print(sum(n for op, size, n in r.raw.log))
r = io.BufferedReader(Raw(b"line1\nline2\nline3"))
print(list(r))
r = io.BufferedReader(Raw(b"abcdefgh"))
buf = bytearray(5)
print(r.readinto(buf), buf, r.readinto1(buf), buf, r.readinto(bytearray(10)))
show("read negative", lambda: io.BufferedReader(Raw(b"xyz")).read(-1))
show("read None", lambda: io.BufferedReader(Raw(b"xyz")).read(None))
show("size zero", lambda: io.BufferedReader(Raw(), 0))
show("size negative", lambda: io.BufferedReader(Raw(), -1))

class WriteOnly(Raw):
    def readable(self):
        return False
class ReadOnly(Raw):
    def writable(self):
        return False
show("reader unreadable", lambda: io.BufferedReader(WriteOnly()))
show("writer unwritable", lambda: io.BufferedWriter(ReadOnly()))
show("random unseekable", lambda: io.BufferedRandom(Raw()))

raw = Raw(step=2)
w = io.BufferedWriter(raw, buffer_size=4)
print(w, w.writable(), w.readable())
print(w.write(b"ab"), raw.data, w.write(b"cdef"), raw.data)
w.flush()
print(raw.data, raw.log)
print(w.write(b"0123456789"), raw.data)
w.close()
print(w.closed, raw.closed)
show("write closed", lambda: w.write(b"x"))
show("write str", lambda: io.BufferedWriter(Raw()).write("x"))

raw = Raw(b"0123456789", seekable=True)
rw = io.BufferedRandom(raw, 4)
print(rw.read(3), rw.tell(), rw.seek(5), rw.read(2), rw.tell())
rw.seek(1)
rw.write(b"XY")
print(rw.tell(), rw.read(2))
rw.flush()
print(raw.data, rw.seek(-2, 2), rw.read(), rw.seek(0, 1))
show("truncate unsupported", lambda: rw.truncate(4))
rw.seek(0)
print(rw.peek(2)[:2])

b = io.BytesIO(b"through bytesio\nline")
br = io.BufferedReader(b)
print(br.readline(), br.tell(), br.read(3), br.seek(0), br.read(7), br.raw is b)
d = br.detach()
print(d is b)
show("detached read", br.read)
show("detached raw", lambda: br.raw)
show("detached repr", lambda: repr(br))

class NamedRaw(Raw):
    name = "raw.bin"
    mode = "rb"
nr = io.BufferedReader(NamedRaw())
print(nr, nr.name, nr.mode)
show("no name", lambda: io.BufferedReader(Raw()).name)

# close behaviour
raw = Raw(seekable=True)
w = io.BufferedWriter(raw)
w.write(b"unflushed")
w.close()
print(raw.data, raw.closed, w.closed)
raw = Raw()
w = io.BufferedWriter(raw)
w.write(b"by gc")
del w
print(raw.data, raw.closed)
with io.BufferedWriter(Raw()) as w:
    w.write(b"ctx")
print(w.closed, w.raw.data)

pair = io.BufferedRWPair(Raw(b"pair data"), Raw())
print(pair.read(4), pair.peek(1)[:1], pair.read1(2), pair.readable(), pair.writable())
print(pair.write(b"out"), pair.closed, pair.isatty())
pair.flush()
pair.close()
print(pair.closed)
show("pair unreadable", lambda: io.BufferedRWPair(WriteOnly(), Raw()))
show("pair kw", lambda: io.BufferedRWPair(Raw(), Raw(), buffer_size=1))

class MyReader(io.BufferedReader):
    def read(self, n=-1):
        return super().read(n).upper()
print(MyReader(io.BytesIO(b"sub")).read(), issubclass(MyReader, io.BufferedIOBase))
