# sqlite3.Row and row factories
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.execute("create table people(id integer primary key, Name text, age int)")
con.executemany("insert into people(Name, age) values (?, ?)", [("ann", 31), ("bob", 42)])
rows = con.execute("select * from people order by id").fetchall()
r = rows[0]
print(type(r).__name__, len(r), r.keys())
print(r[0], r[1], r[-1], r["name"], r["NAME"], r["Age"], r[1:], r[::-1])
print(list(r), tuple(r), dict(zip(r.keys(), r)))
print(r == rows[0], r == rows[1], r != rows[1], r == (1, "ann", 31))
print(hash(r) == hash(con.execute("select * from people where id = 1").fetchone()))
for key in ("nope", 3, -4, 1.5, None):
    try:
        r[key]
    except Exception as e:
        print(repr(key), type(e).__name__, e)
try:
    sqlite3.Row(1, 2)
except TypeError as e:
    print(e)
cur = con.cursor()
cur.execute("select 1 as x")
print(sqlite3.Row(cur, (5,))["x"])
import collections.abc
print(isinstance(r, collections.abc.Sequence))

# a custom row factory on the cursor
def dict_factory(cursor, row):
    return {d[0]: v for d, v in zip(cursor.description, row)}
cur = con.cursor()
cur.row_factory = dict_factory
print(cur.execute("select id, Name from people").fetchall())
con.row_factory = lambda c, r: r[0]
print(con.execute("select Name from people").fetchall())
con.row_factory = None
print(con.execute("select Name from people").fetchall())

# text_factory
con.text_factory = bytes
print(con.execute("select 'abc'").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select 'abc'").fetchone())
con.text_factory = str
print(con.execute("select 'abc'").fetchone())
