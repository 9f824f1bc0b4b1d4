# the statement cache: same query on two cursors, eviction, schema changes, close
import sqlite3
c = sqlite3.connect(":memory:", cached_statements=2)
c.execute("create table t(x)")
c.executemany("insert into t values (?)", [(i,) for i in range(6)])
q = "select x from t order by x"
a = c.execute(q); b = c.execute(q)
print(a.fetchone(), b.fetchone(), a.fetchone(), b.fetchall(), a.fetchall())
for i in range(5):
    for s in ("select 1", "select 2", "select 3", q):
        c.execute(s).fetchone()
c.execute("alter table t add column y default 7")
print(c.execute("select * from t limit 2").fetchall())
c.execute("drop table t")
try: c.execute(q)
except sqlite3.OperationalError as e: print(e)
c.execute("create table t(x text)"); c.execute("insert into t values ('z')")
print(c.execute(q).fetchall())
cur = c.execute(q)
c.close()
try: cur.fetchall()
except sqlite3.ProgrammingError as e: print(e)
c = sqlite3.connect(":memory:", cached_statements=0)
print([c.execute("select ?", (i,)).fetchone() for i in range(3)])
