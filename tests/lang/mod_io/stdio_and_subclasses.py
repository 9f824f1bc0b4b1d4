import io, sys, os

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# the standard streams replaced by in-memory ones
old_in, old_out, old_err = sys.stdin, sys.stdout, sys.stderr
sys.stdin = io.StringIO("first line\nsecond\n")
sys.stdout = cap = io.StringIO()
x = input("prompt> ")
y = input()
print("hello", x, y, flush=True)
sys.stdout = old_out
sys.stdin = old_in
print(repr(cap.getvalue()))
sys.stderr = err = io.StringIO()
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
sys.stderr = old_err
print(err.getvalue().splitlines()[-1])
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
print("to wrapper", file=t)
print(t.buffer.getvalue())

# subclasses keep CPython's reprs
class T(io.TextIOWrapper):
    pass
class B(io.BufferedReader):
    pass
class F(io.FileIO):
    pass
print(repr(T(io.BytesIO())), repr(B(io.BytesIO())), repr(F(0, closefd=False)))
f = F(0, closefd=False)
f.close()
print(repr(f))
name = "krait_io_scratch.bin"
with F(name, "w") as f:
    print(f.write(b"a\nb\nc\n"), type(f).__name__, isinstance(f, io.RawIOBase))

class Counting(io.TextIOWrapper):
    writes = 0
    def write(self, s):
        Counting.writes += 1
        return super().write(s)
c = Counting(io.BytesIO(), encoding="utf-8")
print("x", "y", file=c)
print(Counting.writes)

# tell() is refused while iterating a text file
with open(name) as f:
    print(next(f), end="")
    show("tell in iteration", f.tell)
    print(f.seek(0), f.tell(), list(f), f.tell())
with open(name, "rb") as f:
    next(f)
    print(f.tell())
t = io.TextIOWrapper(io.BytesIO(b"1\n2\n"), encoding="utf-8")
next(t)
show("wrapper tell in iteration", t.tell)
for line in t:
    pass
print(t.tell())

# stdout's layers
print(sys.stdout.name, sys.stdout.mode, sys.stdout.buffer.mode, sys.stdout.buffer.name)
sys.stdout.buffer.write(b"binary after text\n")
print("text after binary")
sys.stdout.flush()
os.remove(name)
