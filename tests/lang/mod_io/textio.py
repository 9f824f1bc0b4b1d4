import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO()
t = io.TextIOWrapper(b)
print(t, t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines)
print(t.readable(), t.writable(), t.seekable(), t.closed, t.buffer is b)
print(t.write("héllo\n"), t.write("wörld"), b.getvalue())
t.flush()
print(b.getvalue(), t.tell())
t.seek(0)
print(repr(t.read(2)), t.tell(), repr(t.readline()), t.tell(), repr(t.read()))
pos = None
t.seek(0)
t.readline()
pos = t.tell()
print(repr(t.read()), t.seek(pos), repr(t.read()))
t.seek(0, 2)
t.write("!")
t.seek(0)
print(t.readlines())
show("seek cur", lambda: t.seek(1, 1))
show("seek end", lambda: t.seek(-1, 2))
show("seek whence", lambda: t.seek(0, 7))
show("seek neg", lambda: t.seek(-5))
show("write bytes", lambda: t.write(b"x"))
show("readinto", lambda: t.readinto)
show("mode", lambda: t.mode)
t.mode = "r+"
print(t, t.mode)
t.close()
print(t.closed, b.closed)
show("read closed", t.read)
show("write closed", lambda: t.write("x"))

for nl in [None, "", "\n", "\r", "\r\n"]:
    b = io.BytesIO(b"a\nb\rc\r\nd\r")
    t = io.TextIOWrapper(b, encoding="utf-8", newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding="utf-8", newline=nl)
    t.write("x\ny\r\n")
    t.flush()
    print(repr(nl), b.getvalue())
show("newline bad", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
show("newline type", lambda: io.TextIOWrapper(io.BytesIO(), newline=3))
show("encoding type", lambda: io.TextIOWrapper(io.BytesIO(), encoding=3))
show("encoding bad", lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"))

b = io.BytesIO("ça\nva".encode("latin-1"))
t = io.TextIOWrapper(b, encoding="latin-1")
print(t.readline(), t.read(), t.encoding)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii", errors="replace")
t.write("é!")
t.flush()
print(b.getvalue(), t.errors)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
show("encode error", lambda: t.write("é"))
show("after encode error", t.flush)
t = io.TextIOWrapper(io.BytesIO(b"\xff\n"), encoding="utf-8")
show("decode error", t.read)
t = io.TextIOWrapper(io.BytesIO(b"\xffok\n"), encoding="utf-8", errors="surrogateescape")
print(repr(t.read()))

# line buffering and write through
class Spy(io.BytesIO):
    def __init__(self):
        super().__init__()
        self.log = []
    def write(self, data):
        self.log.append(("write", bytes(data)))
        return super().write(data)
    def flush(self):
        self.log.append("flush")
        return super().flush()
s = Spy()
t = io.TextIOWrapper(s, encoding="utf-8", line_buffering=True)
t.write("ab")
print(s.log)
t.write("c\nd")
print(s.log)
s = Spy()
t = io.TextIOWrapper(s, encoding="utf-8", write_through=True)
t.write("ab")
print(s.log)
t.reconfigure(line_buffering=True, write_through=False)
print(t.line_buffering, t.write_through)
t.reconfigure(encoding="latin-1")
print(t.encoding, t.errors)
t.reconfigure(errors="replace")
print(t.encoding, t.errors)
t.write("é\n")
print(s.log[-2:])
show("reconfigure positional", lambda: t.reconfigure("utf-8"))
show("reconfigure newline", lambda: t.reconfigure(newline="bad"))
t2 = io.TextIOWrapper(io.BytesIO(b"abc\ndef"), encoding="utf-8")
t2.read(1)
show("reconfigure after read", lambda: t2.reconfigure(encoding="latin-1"))
t2.reconfigure(newline=None) if False else None

# detach
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
t.write("pending")
d = t.detach()
print(d is b, b.getvalue())
show("detached read", t.read)
show("detached buffer", lambda: t.buffer)
show("detached repr", lambda: repr(t))
show("detached closed", lambda: t.closed)
print(t.encoding)

# text over a buffered reader over a raw object
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 5, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
t = io.TextIOWrapper(io.BufferedReader(Raw("αβγ\nδ\r\nε".encode())), encoding="utf-8")
print(list(t), t.newlines, t.seekable())
show("tell unseekable", t.tell)
show("seek unseekable", lambda: t.seek(0))

class Named(io.BytesIO):
    name = "named.bin"
t = io.TextIOWrapper(Named(b"x"), encoding="utf-8")
print(t, t.name)
show("unnamed name", lambda: io.TextIOWrapper(io.BytesIO()).name)

class MyText(io.TextIOWrapper):
    def readline(self, *a):
        return super().readline(*a).upper()
m = MyText(io.BytesIO(b"one\ntwo\n"), encoding="utf-8")
print(list(m), isinstance(m, io.TextIOBase))

t = io.TextIOWrapper(io.BytesIO(b"a\xe2\x82\xacb\nline2\n"), encoding="utf-8")
t._CHUNK_SIZE = 2
print(repr(t.readline()), t.tell(), repr(t.read(1)), t.tell(), repr(t.read()))
print(t._CHUNK_SIZE)
show("chunk size", lambda: setattr(t, "_CHUNK_SIZE", 0))
print(io.TextIOWrapper(io.BytesIO(b"abc"), "ascii").read())
show("no buffer", lambda: io.TextIOWrapper())
u = io.TextIOWrapper.__new__(io.TextIOWrapper)
show("uninitialized", u.read)
