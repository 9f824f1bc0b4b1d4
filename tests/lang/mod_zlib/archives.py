# The standard library's archive modules on top of zlib: gzip, zipfile,
# tarfile (gz) and shutil.make_archive / unpack_archive.
import gzip
import io
import os
import shutil
import tarfile
import tempfile
import zipfile
import zlib

data = b"".join(b"row %d,%d,%d\n" % (i, i * i, i % 7) for i in range(20000))

# gzip in memory; mtime fixed so the bytes are reproducible
g = gzip.compress(data, mtime=0)
print(len(g), g[:10].hex(), gzip.decompress(g) == data)
print(gzip.compress(b"", mtime=0).hex())
print(gzip.compress(b"abc", compresslevel=1, mtime=0).hex())
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
try:
    gzip.decompress(b"not gzip at all")
except Exception as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(g[:-5])
except Exception as e:
    print(type(e).__name__, e)
bad = bytearray(g)
bad[-8] ^= 1
try:
    gzip.decompress(bytes(bad))
except Exception as e:
    print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    # GzipFile write and read, text mode, appending members
    path = os.path.join(tmp, "f.gz")
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write(data[:50000])
        f.write(memoryview(data[50000:]))
    with open(path, "rb") as f:
        raw = f.read()
    print(raw[:4].hex(), gzip.decompress(raw) == data)
    with gzip.open(path, "rb") as f:
        print(f.read(10), f.tell(), f.seek(1000), f.read(5), f.peek(1)[:1])
        f.seek(0)
        print(sum(1 for _ in f), f.tell() == len(data))
    with gzip.open(path, "ab") as f:
        f.write(b"appended\n")
    with gzip.open(path, "rb") as f:
        print(f.read()[-18:])
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(f.readlines())
    bio = io.BytesIO()
    with gzip.GzipFile(fileobj=bio, mode="wb", filename="name.txt", mtime=1) as f:
        f.write(b"in memory")
    bio.seek(0)
    with gzip.GzipFile(fileobj=bio) as f:
        print(f.read(), f.name if hasattr(f, "name") else None)
    print(bio.getvalue()[:22])

    # zipfile: deflated and stored members, read back, testzip
    zpath = os.path.join(tmp, "a.zip")
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("data.csv", data)
        z.writestr(zipfile.ZipInfo("stored.txt", (2020, 1, 1, 0, 0, 0)), b"plain", compress_type=zipfile.ZIP_STORED)
        z.writestr("level9.bin", data[:1000], compresslevel=9)
        with z.open("streamed.txt", "w") as w:
            w.write(b"streamed " * 1000)
    with zipfile.ZipFile(zpath) as z:
        for info in z.infolist():
            print(info.filename, info.compress_type, info.file_size, info.compress_size < info.file_size or info.compress_type == 0, hex(info.CRC))
        print(z.read("data.csv") == data, z.read("stored.txt"), z.testzip())
        with z.open("streamed.txt") as r:
            print(r.read(20), len(r.read()))
    # a corrupt member is caught by the CRC check
    with open(zpath, "rb") as f:
        blob = bytearray(f.read())
    with zipfile.ZipFile(zpath) as z:
        info = z.getinfo("stored.txt")
        off = info.header_offset + 30 + len(info.filename)
    blob[off] ^= 0xFF
    with zipfile.ZipFile(io.BytesIO(bytes(blob))) as z:
        try:
            z.read("stored.txt")
        except zipfile.BadZipFile as e:
            print("BadZipFile", e)

    # tarfile with gzip
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "wb") as f:
        f.write(data)
    with open(os.path.join(src, "sub", "b.txt"), "wb") as f:
        f.write(b"bee\n")
    tpath = os.path.join(tmp, "t.tar.gz")
    with tarfile.open(tpath, "w:gz") as t:
        t.add(os.path.join(src, "a.txt"), arcname="a.txt")
        t.add(os.path.join(src, "sub"), arcname="sub")
    with tarfile.open(tpath, "r:gz") as t:
        print(sorted(t.getnames()))
        print(t.extractfile("a.txt").read() == data, t.extractfile("sub/b.txt").read())
    with tarfile.open(tpath, "r:*") as t:
        print(len(t.getmembers()))
    print(tarfile.is_tarfile(tpath))
    with open(tpath, "rb") as f:
        print(f.read(2).hex())

    # shutil archives
    for fmt in ("gztar", "zip"):
        base = os.path.join(tmp, "arch_" + fmt)
        name = shutil.make_archive(base, fmt, root_dir=src)
        print(fmt, os.path.basename(name))
        out = os.path.join(tmp, "out_" + fmt)
        shutil.unpack_archive(name, out)
        with open(os.path.join(out, "a.txt"), "rb") as f:
            print(f.read() == data, sorted(os.listdir(out)))
