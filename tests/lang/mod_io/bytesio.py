import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b"hello\nworld\nlast")
print(b.readable(), b.writable(), b.seekable(), b.closed, b.isatty())
print(b.read(3), b.read1(2), b.readline(), b.tell())
print(b.readlines())
print(b.read(), b.read(5), b.tell())
b.seek(0)
print(list(b))
print(b.seek(-3, 2), b.read())
print(b.seek(2), b.seek(3, 1), b.tell(), b.seek(100), b.read())
b.seek(20)
b.write(b"xy")
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(b.readlines(3), b.readline(1), b.readline(0))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")))
print(b.getvalue())
b.writelines([b"1", b"22", bytearray(b"333")])
print(b.getvalue())
buf = bytearray(4)
b.seek(1)
print(b.readinto(buf), buf, b.readinto(bytearray(100)))
show("write str", lambda: b.write("x"))
show("seek neg", lambda: b.seek(-1))
show("seek whence", lambda: b.seek(0, 3))
show("seek float", lambda: b.seek(1.5))
show("truncate neg", lambda: b.truncate(-1))
show("read float", lambda: b.read(1.0))
show("readline str", lambda: b.readline("x"))
print(b.seek(-100, 1), b.tell())

# getbuffer and exports
b = io.BytesIO(b"0123456789")
m = b.getbuffer()
print(type(m).__name__, len(m), bytes(m[2:5]), m.readonly)
m[0] = ord("X")
print(b.getvalue())
show("write while exported", lambda: b.write(b"a"))
show("truncate while exported", lambda: b.truncate(0))
show("close while exported", lambda: b.close())
print(b.read(3))
m.release()
print(b.write(b"a"), b.getvalue())
with b.getbuffer() as m2:
    print(bytes(m2))
print(b.truncate(2), b.getvalue())

# state
b = io.BytesIO(b"state")
b.read(2)
b.extra = 5
st = b.__getstate__()
print(st)
c = io.BytesIO()
c.__setstate__((b"restored", 3, {"k": 1}))
print(c.getvalue(), c.tell(), c.k, c.read())
show("setstate bad", lambda: c.__setstate__((b"x", 1)))
show("setstate pos", lambda: c.__setstate__((b"x", -1, None)))
print(io.BytesIO().__getstate__())

# closed
b = io.BytesIO(b"abc")
b.close()
b.close()
print(b.closed)
for name in ["read", "readline", "getvalue", "getbuffer", "tell", "readable",
             "writable", "seekable", "flush", "isatty", "readlines", "read1"]:
    show(name, getattr(b, name))
show("write", lambda: b.write(b"x"))
show("seek", lambda: b.seek(0))
show("iter", lambda: type(iter(b)).__name__)
show("next", lambda: next(b))
show("enter", lambda: b.__enter__())

with io.BytesIO(b"ctx") as b:
    print(b.read())
print(b.closed)
print(io.BytesIO(initial_bytes=b"kw").read(), io.BytesIO(None).getvalue())
show("init str", lambda: io.BytesIO("text"))

class Sub(io.BytesIO):
    def __init__(self, data):
        super().__init__(data * 2)
s = Sub(b"ab")
print(s.getvalue(), isinstance(s, io.BufferedIOBase), isinstance(s, io.IOBase))
print(io.BytesIO.__mro__)
