# Connection.blobopen and sqlite3.Blob
import sqlite3

c = sqlite3.connect(":memory:")
c.execute("create table t(b blob)")
c.execute("insert into t values (zeroblob(8))")
b = c.blobopen("t", "b", 1)
print(type(b).__name__, len(b), b.read(3), b.tell(), b.read(), b.tell())
b.seek(0)
b.write(b"abc")
print(b[0], b[-1], b[1:3], b[::2], b[1:7:3])
b[0] = 120
b[0:2] = b"yz"
b[4:8:2] = b"PQ"
b.seek(0)
print(b.read())
tests = [
    lambda: b.seek(100),
    lambda: b.seek(-1),
    lambda: b.seek(0, 5),
    lambda: b.write(b"x" * 20),
    lambda: b[100],
    lambda: b.__setitem__(0, 300),
    lambda: b.__setitem__(0, b"a"),
    lambda: b.__delitem__(0),
    lambda: b["a"],
    lambda: b.__setitem__(slice(0, 2), b"abc"),
    lambda: c.blobopen("t", "b", 99),
    lambda: c.blobopen("t", "nope", 1),
    lambda: b.read(-5),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with c.blobopen("t", "b", 1, readonly=True) as r:
    print(r.read(2))
    try:
        r.write(b"a")
    except Exception as e:
        print(type(e).__name__, e)
try:
    r.read()
except Exception as e:
    print(type(e).__name__, e)
b.seek(2)
b.seek(-1, 1)
print(b.tell())
b.seek(-2, 2)
print(b.tell())
b.close()
b.close()
c.commit()
print(c.execute("select b from t").fetchone())
