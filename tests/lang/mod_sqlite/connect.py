import sqlite3, pathlib, tempfile, os
class MyConn(sqlite3.Connection):
    pass
c = sqlite3.connect(database=":memory:", factory=MyConn)
print(type(c).__name__)
c = sqlite3.connect(":memory:", 5.0, 0, "", True, MyConn)
print(type(c).__name__)
d = tempfile.mkdtemp()
p = pathlib.Path(d) / "a.db"
c = sqlite3.connect(p)
c.execute("create table t(x)"); c.close()
print(os.path.exists(p)); os.remove(p); os.rmdir(d)
c = sqlite3.connect(":memory:")
cur = c.execute("select 1 union all select 2")
print(next(cur), list(cur), list(cur), cur.fetchone())
print(c.execute("select 1").fetchmany(), c.execute("select 1 union select 2 union select 3").fetchmany(2))
cur = c.cursor(); cur.arraysize = 2
print(cur.execute("select 1 union select 2 union select 3").fetchmany())
print(cur.connection is c, repr(cur.description))
cur = c.execute("select 1 union select 2")
c.close()
try: cur.fetchone()
except sqlite3.ProgrammingError as e: print(e)
c = sqlite3.connect(":memory:")
print(c.execute("pragma user_version").fetchone(), c.execute("select sqlite_version() = ?", (sqlite3.sqlite_version,)).fetchone())
c.execute("create table t(x)")
cur = c.executemany("insert into t values (:v)", ({"v": i} for i in range(3)))
print(cur.rowcount, cur.lastrowid)
print(c.execute("select * from t").fetchall())
print(c.execute("insert into t values (5) returning x").fetchall())
c.text_factory = bytes
c.execute("insert into t values (?)", ("\u00e9",))
print(c.execute("select x from t where typeof(x) = 'text'").fetchall())
c.create_function("f", 1, lambda x: x)
print(c.execute("select f(?)", (2**62,)).fetchone())
print(type(sqlite3.Binary(b"x")).__name__, sqlite3.Date(2020,1,1))
print(c.execute("select ?", (sqlite3.Binary(b"ab"),)).fetchone())
print(isinstance(sqlite3.OperationalError("x"), sqlite3.DatabaseError))
with c:
    pass
print(c.execute("select 1").description)
