# lzma's files and one-shot functions, and the archive formats built on it.
import io
import lzma
import os
import shutil
import tarfile
import tempfile

data = b"".join(b"entry %d %s\n" % (i, b"y" * (i % 40)) for i in range(3000))
x = lzma.compress(data)
print(len(x), x[:6], lzma.decompress(x) == data)
print(lzma.decompress(x + x) == data + data)
a = lzma.compress(data, format=lzma.FORMAT_ALONE)
print(len(a), lzma.decompress(a) == data, lzma.decompress(a, format=lzma.FORMAT_ALONE) == data)
r = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}])
print(len(r), lzma.decompress(r, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}]) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    print(check, len(lzma.compress(data, check=check)), lzma.is_check_supported(check))
for exc_input in (x[:-10], b"not xz at all", x + b"junk"):
    try:
        lzma.decompress(exc_input)
    except Exception as e:
        print(type(e).__name__, e)
try:
    lzma.decompress(x, memlimit=1024)
except lzma.LZMAError as e:
    print("LZMAError", e)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f.xz")
    with lzma.LZMAFile(path, "w") as f:
        f.write(data[:100000])
        f.write(data[100000:])
    with lzma.open(path) as f:
        print(f.read(12), f.tell(), f.seek(5000), f.read(10), f.readline()[:8])
        f.seek(0)
        print(sum(1 for _ in f))
    with lzma.open(path, "ab", preset=1) as f:
        f.write(b"more\n")
    with lzma.open(path, "rb") as f:
        print(f.read()[-10:])
    with lzma.open(path, "wt", encoding="utf-8", format=lzma.FORMAT_ALONE) as f:
        f.write("héllo\n")
    with lzma.open(path, "rt", encoding="utf-8") as f:
        print(f.read())
    bio = io.BytesIO()
    with lzma.LZMAFile(bio, "w", check=lzma.CHECK_SHA256) as f:
        f.write(b"in memory")
    print(lzma.decompress(bio.getvalue()))
    with open(path, "wb") as f:
        f.write(x[:-20])
    try:
        with lzma.open(path) as f:
            f.read()
    except EOFError as e:
        print("EOFError", e)

    src = os.path.join(tmp, "src")
    os.makedirs(src)
    with open(os.path.join(src, "a.txt"), "wb") as f:
        f.write(data)
    tpath = os.path.join(tmp, "t.tar.xz")
    with tarfile.open(tpath, "w:xz") as t:
        t.add(os.path.join(src, "a.txt"), arcname="a.txt")
    with tarfile.open(tpath, "r:xz") as t:
        print(t.getnames(), t.extractfile("a.txt").read() == data)
    with tarfile.open(tpath) as t:
        print(t.getnames())
    name = shutil.make_archive(os.path.join(tmp, "arch"), "xztar", root_dir=src)
    print(os.path.basename(name))
    out = os.path.join(tmp, "out")
    shutil.unpack_archive(name, out)
    print(sorted(os.listdir(out)))
    print(sorted(n for n, _ in shutil.get_archive_formats()))
    print(sorted(n for n, _, _ in shutil.get_unpack_formats()))
