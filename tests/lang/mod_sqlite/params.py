# Parameter binding: qmark, named, sequences, mappings, type mapping both ways
import sqlite3

con = sqlite3.connect(":memory:")

def show(sql, params=None):
    try:
        if params is None:
            r = con.execute(sql).fetchall()
        else:
            r = con.execute(sql, params).fetchall()
        print(repr(sql), "->", r)
    except Exception as e:
        print(repr(sql), "!", type(e).__name__, e)

show("select ?, ?", (1, "two"))
show("select ?, ?", [1.5, None])
show("select :a, :b", {"a": 1, "b": b"xy"})
show("select :a, @b, $c", {"a": 1, "b": 2, "c": 3})
show("select ?1, ?2, ?1", (7, 8))
show("select ?", (bytearray(b"ab"),))
show("select ?", (memoryview(b"mv"),))
show("select ?", (2**63 - 1,))
show("select ?", (-2**63,))
show("select ?", (2**63,))
show("select ?", (True,))
show("select ?", ("héllo wörld ✓",))
show("select ?, typeof(?)", (3.0, 3.0))
show("select typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)", (1, 1.0, "s", b"b", None))
show("select ?", (object(),))
show("select ?, ?", (1,))
show("select ?", (1, 2))
show("select ?", 1)
show("select :a", {})
show("select ?", {"a": 1})
show("select ?", "a")
show("select 1; select 2")
show("select 1; ")
show("select 1 -- trailing comment")
show("")
show("   ")
show("select x'00ff'")
show("select 1e300 * 10")

class MyMap(dict):
    def __missing__(self, key):
        return key.upper()

show("select :abc", MyMap())

class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10

show("select ?, ?", Seq())

cur = con.cursor()
cur.execute("create table t(a, b)")
cur.executemany("insert into t values (?, ?)", ((i, str(i)) for i in range(5)))
print(cur.rowcount, cur.lastrowid)
cur.executemany("insert into t values (:x, :y)", [{"x": 9, "y": "nine"}])
print(cur.execute("select * from t order by a").fetchall())
try:
    cur.executemany("select ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print(e)
try:
    cur.execute(1)
except TypeError as e:
    print(e)
print(cur.execute("update t set b = 'x' where a > 2").rowcount)
print(cur.execute("delete from t").rowcount)
print(cur.execute("select 1").rowcount)
