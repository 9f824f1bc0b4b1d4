# zipfile with each compression method: stored, deflated, bzip2, lzma.
import io
import zipfile

data = b"".join(b"%d squared is %d\n" % (i, i * i) for i in range(20000))
buf = io.BytesIO()
methods = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
with zipfile.ZipFile(buf, "w") as z:
    for m in methods:
        z.writestr("m%d.txt" % m, data, compress_type=m)
        with z.open("s%d.txt" % m, "w") as w:
            w.write(data[:5000])
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    for info in z.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size <= info.file_size, info.extract_version)
    for m in methods:
        print(m, z.read("m%d.txt" % m) == data, z.read("s%d.txt" % m) == data[:5000])
        with z.open("m%d.txt" % m) as r:
            print(r.read(7), r.read(3), len(r.read()))
    print(z.testzip())
with zipfile.ZipFile(io.BytesIO(), "w", compression=zipfile.ZIP_LZMA, compresslevel=1) as z:
    z.writestr("x", b"abc" * 100)
    print(z.getinfo("x").compress_type)
