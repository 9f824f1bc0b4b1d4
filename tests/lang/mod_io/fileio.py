import io, _io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def cleanup(path):
    try:
        import os
    except Exception:
        return
    os.remove(path)

name = "krait_test_mod_io.bin"
f = io.FileIO(name, "w")
print(f, f.name, f.mode, f.closefd, f.readable(), f.writable(), f.seekable())
print(f.write(b"hello\nworld\n"), f.tell())
f.close()
print(f, f.closed)
show("write closed", lambda: f.write(b"x"))
f = io.FileIO(name)
print(f.mode, f.read(3), f.readall(), f.read(), f.readinto(bytearray(2)))
f.seek(0)
buf = bytearray(4)
print(f.readinto(buf), buf, f.readline(), list(f))
f.close()
with io.FileIO(name, "r+") as f:
    print(f.mode, f.read(2))
    f.write(b"LL")
    f.seek(0)
    print(f.read())
for mode in ["a", "ab+", "rb", "wb+"]:
    with io.FileIO(name, mode) as f:
        print(mode, f.mode)
with open(name, "rb") as f:
    print(f.read())
show("bad mode", lambda: io.FileIO(name, "rw"))
show("bad mode char", lambda: io.FileIO(name, "rq"))
show("bad mode plus", lambda: io.FileIO(name, "r++"))
show("float", lambda: io.FileIO(1.5))
show("negative fd", lambda: io.FileIO(-1))
show("closefd name", lambda: io.FileIO(name, closefd=False))
show("missing", lambda: io.FileIO("no/such/file"))

import os
calls = []
def opener(path, flags):
    calls.append((path, flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC)))
    return os.open(path, flags, 0o666)
with open(name, "w", opener=opener) as f:
    f.write("via opener\n")
with io.FileIO(name, "r", opener=opener) as f:
    print(f.read(), f.name)
print(calls == [(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), (name, 0)])
show("opener returns negative", lambda: io.FileIO(name, opener=lambda p, fl: -1))

# open() layers
with open(name, "w") as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(f, f.buffer, f.buffer.raw)
    print(f.name, f.mode, f.buffer.mode, f.buffer.raw.mode, f.encoding, f.errors)
    f.write("text\n")
with open(name, "rb") as f:
    print(f, f.raw, f.read())
with open(name, "rb", buffering=0) as f:
    print(f, f.read())
with open(name, "r+b") as f:
    print(f, f.raw.mode)
with open(name, "a") as f:
    print(f.buffer.mode, f.buffer.raw.mode)
with open(name, "r", encoding="locale") as f:
    print(f)
with open(name, "r", encoding="latin-1", newline="") as f:
    print(f, f.read())
f = open(name)
f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed)

f = open(name, "w")
raw = f.buffer.raw
buf = f.detach().detach()
print(buf is raw, raw.closed)
raw.write(b"raw after detach\n")
raw.close()
print(open(name).read())

with io.open_code(name) as f:
    print(f, f.read())
show("open_code bytes", lambda: io.open_code(name.encode()))

# TextIOWrapper and BufferedReader over a FileIO built from Python
t = io.TextIOWrapper(io.BufferedReader(io.FileIO(name)), encoding="utf-8")
print(t, t.readline(), t.buffer, t.buffer.raw)
t.close()
print(t.closed, t.buffer.closed)
cleanup(name)
