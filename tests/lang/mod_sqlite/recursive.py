# a cursor is locked while execute() runs Python code (adapters, parameter iterators)
import sqlite3
c = sqlite3.connect(":memory:")
cur = c.cursor()
class X: pass
sqlite3.register_adapter(X, lambda x: cur.execute("select 1").fetchone()[0])
try:
    print(cur.execute("select ?", (X(),)).fetchall())
except Exception as e:
    print(type(e).__name__, e)
def gen():
    yield (1,)
    cur.fetchall()
    yield (2,)
c.execute("create table t(x)")
try:
    cur.executemany("insert into t values (?)", gen())
except Exception as e:
    print(type(e).__name__, e)
print(c.execute("select * from t").fetchall())
other = c.cursor()
sqlite3.register_adapter(X, lambda x: other.execute("select 5").fetchone()[0])
print(cur.execute("select ?", (X(),)).fetchall())
