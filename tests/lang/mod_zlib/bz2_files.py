# bz2's files and one-shot functions, and the archive formats built on it.
import bz2
import io
import os
import shutil
import tarfile
import tempfile

data = b"".join(b"line %d: %s\n" % (i, b"x" * (i % 50)) for i in range(30000))
c = bz2.compress(data)
print(len(c), c[:4], bz2.decompress(c) == data)
print(bz2.decompress(c + c) == data + data)
for lvl in (1, 5, 9):
    print(lvl, len(bz2.compress(data, lvl)))
try:
    bz2.decompress(c + b"junk")
except Exception as e:
    print(type(e).__name__, e)
print(bz2.decompress(b""))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f.bz2")
    with bz2.BZ2File(path, "w") as f:
        f.write(data[:100000])
        f.write(data[100000:])
    with bz2.open(path) as f:
        print(f.read(12), f.tell(), f.seek(5000), f.read(10), f.readline()[:8])
        f.seek(0)
        print(sum(1 for _ in f))
    with bz2.open(path, "ab", compresslevel=1) as f:
        f.write(b"more\n")
    with bz2.open(path, "rb") as f:
        print(f.read()[-10:])
    with bz2.open(path, "wt", encoding="utf-8") as f:
        f.write("héllo\n")
    with bz2.open(path, "rt", encoding="utf-8") as f:
        print(f.read())
    bio = io.BytesIO()
    with bz2.BZ2File(bio, "w") as f:
        f.write(b"in memory")
    print(bz2.decompress(bio.getvalue()))
    with open(path, "wb") as f:
        f.write(c[:-20])
    try:
        with bz2.open(path) as f:
            f.read()
    except EOFError as e:
        print("EOFError", e)

    src = os.path.join(tmp, "src")
    os.makedirs(src)
    with open(os.path.join(src, "a.txt"), "wb") as f:
        f.write(data)
    tpath = os.path.join(tmp, "t.tar.bz2")
    with tarfile.open(tpath, "w:bz2") as t:
        t.add(os.path.join(src, "a.txt"), arcname="a.txt")
    with tarfile.open(tpath, "r:bz2") as t:
        print(t.getnames(), t.extractfile("a.txt").read() == data)
    with tarfile.open(tpath) as t:
        print(t.getnames())
    name = shutil.make_archive(os.path.join(tmp, "arch"), "bztar", root_dir=src)
    print(os.path.basename(name))
    out = os.path.join(tmp, "out")
    shutil.unpack_archive(name, out)
    print(sorted(os.listdir(out)))
