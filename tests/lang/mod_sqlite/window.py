# create_window_function, getlimit/setlimit, serialize/deserialize
import sqlite3
c = sqlite3.connect(":memory:")
c.execute("create table t(x)")
c.executemany("insert into t values (?)", [(i,) for i in range(5)])
class W:
    def __init__(self): self.v = 0
    def step(self, x): self.v += x
    def inverse(self, x): self.v -= x
    def value(self): return self.v
    def finalize(self): return self.v
c.create_window_function("ws", 1, W)
print(c.execute("select x, ws(x) over (order by x rows between 1 preceding and 1 following) from t").fetchall())
print(c.execute("select ws(x) from t").fetchall())
for m in ["step", "inverse", "value"]:
    class B(W): pass
    def bad(self, *a): raise ValueError
    setattr(B, m, bad)
    c.create_window_function("wb", 1, B)
    try:
        c.execute("select x, wb(x) over (order by x rows between 1 preceding and 1 following) from t").fetchall()
    except Exception as e:
        print(m, type(e).__name__, e)
class N: pass
c.create_window_function("wn", 1, N)
try:
    c.execute("select x, wn(x) over (order by x rows between 1 preceding and 1 following) from t").fetchall()
except Exception as e:
    print(type(e).__name__, e)
c.create_window_function("ws", 1, None)
try:
    c.execute("select ws(x) over () from t").fetchall()
except Exception as e:
    print(type(e).__name__, e)

print(c.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) > 0)
old = c.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 30)
print(c.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH))
try:
    c.execute("select 1 " + " " * 40)
except sqlite3.DataError as e:
    print(type(e).__name__, e)
c.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, old)
try:
    c.getlimit(99)
except sqlite3.ProgrammingError as e:
    print(e)

data = c.serialize()
print(type(data).__name__, data[:15])
c2 = sqlite3.connect(":memory:")
c2.deserialize(data)
print(c2.execute("select sum(x) from t").fetchone())
c2.execute("insert into t values (100)")
c2.commit()
print(c2.execute("select sum(x) from t").fetchone(), c.execute("select sum(x) from t").fetchone())
print(hasattr(c, "enable_load_extension"), hasattr(c, "load_extension"))
