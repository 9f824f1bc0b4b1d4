import io, _io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.UnsupportedOperation.__mro__)
print(io.UnsupportedOperation.__module__, io.BlockingIOError is BlockingIOError)
print(open is io.open, io.open is _io.open, open.__module__)
print(io.IOBase.__mro__)
print(io.RawIOBase.__mro__)
print(io.TextIOWrapper.__mro__)
print(io.BufferedRWPair.__mro__)
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, issubclass(cls, io.IOBase), issubclass(cls, io.RawIOBase),
          issubclass(cls, io.BufferedIOBase), issubclass(cls, io.TextIOBase))
print(io.text_encoding(None), io.text_encoding("latin-1"), io.text_encoding(None, 3))

b = io.IOBase()
print(b.readable(), b.writable(), b.seekable(), b.closed, b.isatty())
show("seek", lambda: b.seek(0))
show("tell", b.tell)
show("truncate", b.truncate)
show("fileno", b.fileno)
show("checkSeekable", b._checkSeekable)
show("checkReadable", b._checkReadable)
show("checkWritable", b._checkWritable)
show("checkClosed", b._checkClosed)
print(b.flush(), b.__enter__() is b, iter(b) is b)
b.close()
print(b.closed, b.__dict__)
show("flush closed", b.flush)
show("checkClosed closed", b._checkClosed)
show("enter closed", b.__enter__)
show("iter closed", lambda: iter(b))
show("isatty closed", b.isatty)
show("writelines closed", lambda: b.writelines([]))
print(b.close())

class Log(io.IOBase):
    def __init__(self):
        self.events = []
    def flush(self):
        self.events.append("flush")
        super().flush()
    def close(self):
        self.events.append("close")
        super().close()
l = Log()
with l:
    pass
print(l.events, l.closed)

class Reader(io.RawIOBase):
    def __init__(self, data, step=4):
        self.data = data
        self.pos = 0
        self.step = step
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Reader(b"one\ntwo\nthree")
print(r.read(2), r.readline(), r.readall())
r = Reader(b"one\ntwo\nthree")
print(r.read(), r.read(), r.read(5))
r = Reader(b"a\nbb\nccc\ndddd\n")
print(r.readlines(), Reader(b"a\nbb\nccc\n").readlines(2), list(Reader(b"x\ny")))
r = Reader(b"abcdef")
print(r.readline(2), r.readline(-1))
show("raw readinto base", lambda: io.RawIOBase().readinto(bytearray(1)))
show("raw write base", lambda: io.RawIOBase().write(b""))
show("raw read base", lambda: io.RawIOBase().read(1))

class NoneReader(io.RawIOBase):
    def readinto(self, b):
        return None
print(NoneReader().read(3), NoneReader().readall())

class Peeky(io.RawIOBase):
    def __init__(self):
        self.calls = []
        self.data = b"hello\nworld"
    def peek(self, n):
        self.calls.append("peek")
        return self.data
    def read(self, n=-1):
        self.calls.append(("read", n))
        r, self.data = self.data[:n], self.data[n:]
        return r
p = Peeky()
print(p.readline(), p.calls)

class BadRead(io.IOBase):
    def read(self, n):
        return "str"
show("readline bad", lambda: BadRead().readline())

class Buf(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        r, self.data = self.data[:n], self.data[n:]
        return r
    def read1(self, n=-1):
        return self.read(min(n, 2))
bb = bytearray(5)
bf = Buf(b"0123456789")
print(bf.readinto(bb), bb, bf.readinto1(bb), bb)
show("buffered read base", lambda: io.BufferedIOBase().read())
show("buffered read1 base", lambda: io.BufferedIOBase().read1())
show("buffered write base", lambda: io.BufferedIOBase().write(b""))
show("buffered detach base", lambda: io.BufferedIOBase().detach())

class TooMuch(io.BufferedIOBase):
    def read(self, n):
        return b"x" * (n + 1)
show("readinto too much", lambda: TooMuch().readinto(bytearray(2)))

t = io.TextIOBase()
print(t.encoding, t.newlines, t.errors)
show("text read", t.read)
show("text readline", t.readline)
show("text write", lambda: t.write("x"))
show("text detach", t.detach)

class Words(io.TextIOBase):
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s)
        return len(s)
w = Words()
w.writelines(["a", "b"])
print(w.out, w.writable())

class Finalized(io.RawIOBase):
    def close(self):
        print("closing on collection")
        super().close()
f = Finalized()
del f
print("after del")
