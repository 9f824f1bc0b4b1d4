import sqlite3
con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("create table t(id integer primary key, name text, score real, data blob)")
cur.execute("insert into t(name, score, data) values (?, ?, ?)", ("a", 1.5, b"\x00\x01"))
print(cur.lastrowid, cur.rowcount, con.in_transaction)
cur.executemany("insert into t(name, score) values (:n, :s)", [{"n": "b", "s": 2}, {"n": "c", "s": None}])
print(cur.rowcount, con.total_changes)
con.commit()
print(con.in_transaction)
for row in cur.execute("select * from t order by id"):
    print(row)
print(cur.description)
cur.execute("select name from t")
print(cur.fetchone(), cur.fetchmany(5), cur.fetchall())
con.row_factory = sqlite3.Row
r = con.execute("select id, name as Nm from t").fetchone()
print(r[0], r["nm"], r["NM"], r.keys(), len(r), tuple(r), r == con.execute("select id, name as Nm from t").fetchone())
try:
    con.execute("insert into t(id) values (1)")
except sqlite3.IntegrityError as e:
    print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
try:
    with con:
        con.execute("insert into t(name) values ('z')")
        raise ValueError
except ValueError:
    pass
print(con.execute("select count(*) from t").fetchone()[0])
with con:
    con.execute("insert into t(name) values ('z')")
print(con.execute("select count(*) from t").fetchone()[0], con.in_transaction)
print(sqlite3.sqlite_version_info >= (3, 7), sqlite3.version_info, sqlite3.threadsafety, sqlite3.apilevel, sqlite3.paramstyle)
import datetime
con2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con2.execute("create table d(day date, ts timestamp)")
con2.execute("insert into d values (?, ?)", (datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6)))
print(con2.execute("select * from d").fetchone())
print(con2.execute('select day as "x [date]" from d').fetchone(), con2.execute('select day as "x [date]" from d').description[0][0])
con2.create_function("twice", 1, lambda x: x * 2)
print(con2.execute("select twice(21), twice('ab')").fetchone())
class Sum:
    def __init__(self): self.t = 0
    def step(self, v): self.t += v
    def finalize(self): return self.t
con2.create_aggregate("mysum", 1, Sum)
con2.execute("create table n(v)")
con2.executemany("insert into n values (?)", [(i,) for i in range(10)])
print(con2.execute("select mysum(v) from n").fetchone())
con2.create_collation("rev", lambda a, b: (a < b) - (a > b))
print(con2.execute("select v from n order by cast(v as text) collate rev limit 3").fetchall())
print(list(con2.iterdump())[:4])
con.close()
try: con.execute("select 1")
except sqlite3.ProgrammingError as e: print(e)
