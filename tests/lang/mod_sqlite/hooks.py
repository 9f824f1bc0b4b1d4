# trace callback text, authorizer and progress handler results and errors
import sqlite3
c = sqlite3.connect(":memory:")
seen = []
c.set_trace_callback(seen.append)
c.execute("create table t(x)")
c.execute("insert into t values (?)", ("a'b",))
c.executescript("select 1; -- hi\nselect 2;")
c.commit()
with c:
    c.execute("insert into t values (?)", (2,))
c.set_trace_callback(None)
print(seen)
def auth(*a):
    raise ValueError
c.set_authorizer(auth)
try: c.execute("select * from t")
except Exception as e: print(type(e).__name__, e)
c.set_authorizer(lambda *a: "x")
try: c.execute("select * from t")
except Exception as e: print(type(e).__name__, e)
c.set_authorizer(lambda *a: sqlite3.SQLITE_IGNORE)
print(c.execute("select x from t").fetchall())
c.set_authorizer(None)
def prog(): raise ValueError
c.set_progress_handler(prog, 1)
try: c.execute("select * from t")
except Exception as e: print(type(e).__name__, e)
c.set_progress_handler(lambda: 0, 1)
print(c.execute("select count(*) from t").fetchone())
try: c.set_authorizer(1)
except Exception as e: print(type(e).__name__, e)
