import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO("héllo\nwörld\nlast")
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
print(s.encoding, s.errors, s.newlines, s.isatty())
print(repr(s.read(3)), repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print(list(s))
print(s.seek(0, 2), s.seek(0, 1), s.seek(3))
print(repr(s.read(2)))
s.seek(20)
print(s.write("x"), repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s = io.StringIO()
print(s.write("abc"), s.write(""), s.write("\U0001F600z"), repr(s.getvalue()))
s.writelines(["1", "22"])
print(repr(s.getvalue()))
s.seek(1)
s.write("BC")
print(repr(s.getvalue()), s.tell())
show("write bytes", lambda: s.write(b"x"))
show("seek neg", lambda: s.seek(-1))
show("seek cur", lambda: s.seek(1, 1))
show("seek end", lambda: s.seek(-1, 2))
show("seek whence", lambda: s.seek(0, 5))
show("truncate neg", lambda: s.truncate(-1))
show("newline bad", lambda: io.StringIO(newline="x"))
show("newline type", lambda: io.StringIO(newline=1))
show("initial type", lambda: io.StringIO(b"x"))
show("read float", lambda: s.read(1.5))

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\nb\rc\r\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\ny\r")
    s.write("\nz\r")
    print(repr(nl), repr(s.getvalue()), s.newlines)

s = io.StringIO("state\nmore", newline="\r\n")
s.read(2)
s.attr = 1
st = s.__getstate__()
print(st)
t = io.StringIO()
t.__setstate__(st)
print(repr(t.getvalue()), t.tell(), t.attr)
show("setstate short", lambda: t.__setstate__(("a", None)))
show("setstate pos", lambda: t.__setstate__(("a", None, -1, None)))
show("setstate pos type", lambda: t.__setstate__(("a", None, "0", None)))
print(io.StringIO().__getstate__())

s = io.StringIO("abc")
s.close()
s.close()
print(s.closed)
for name in ["read", "readline", "getvalue", "tell", "readable", "writable",
             "seekable", "flush", "isatty", "readlines"]:
    show(name, getattr(s, name))
show("write", lambda: s.write("x"))
show("line_buffering", lambda: s.line_buffering)
show("newlines", lambda: s.newlines)
show("iter", lambda: iter(s))
show("next", lambda: next(s))

with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value="kw").read()))

class Lines(io.StringIO):
    def readline(self, *a):
        r = super().readline(*a)
        return r.upper()
print(list(Lines("a\nb\n")))
print(io.StringIO.__mro__)
print(isinstance(io.StringIO(), io.TextIOBase))
s = io.StringIO()
print("to stringio", 42, sep="|", file=s)
print(repr(s.getvalue()))
import pickle
s = io.StringIO("pickled\r\n", newline=None)
s.read(3)
t = pickle.loads(pickle.dumps(s))
print(repr(t.getvalue()), t.tell(), t.newlines, type(t).__name__)
b = io.BytesIO(b"pickled")
b.read(2)
c = pickle.loads(pickle.dumps(b))
print(c.getvalue(), c.tell())
