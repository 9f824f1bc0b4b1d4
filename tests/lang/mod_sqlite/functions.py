# create_function, create_aggregate, create_collation and their errors
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("plus", 2, lambda a, b: a + b)
con.create_function("nargs", -1, lambda *a: len(a))
con.create_function("kind", 1, lambda v: type(v).__name__)
con.create_function("det", 1, lambda v: v, deterministic=True)
print(con.execute("select plus(1, 2), plus('a', 'b'), plus(1.5, 1)").fetchone())
print(con.execute("select nargs(), nargs(1, 2, 3)").fetchone())
print(con.execute("select kind(1), kind(1.0), kind('x'), kind(x'00'), kind(null)").fetchone())
print(con.execute("select det(4)").fetchone())
con.create_function("blob", 0, lambda: b"\x01\x02")
con.create_function("none", 0, lambda: None)
print(con.execute("select blob(), none()").fetchone())

con.create_function("boom", 0, lambda: 1 / 0)
try:
    con.execute("select boom()")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
con.create_function("weird", 0, lambda: object())
try:
    con.execute("select weird()")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
try:
    con.execute("select plus(1)")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
con.create_function("plus", 2, None)
try:
    con.execute("select plus(1, 2)")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)

class Avg:
    def __init__(self):
        self.n = 0
        self.total = 0
    def step(self, v):
        if v is not None:
            self.n += 1
            self.total += v
    def finalize(self):
        return self.total / self.n if self.n else None

class Concat:
    def __init__(self):
        self.parts = []
    def step(self, v, sep):
        self.parts.append((str(v), sep))
    def finalize(self):
        return "".join(p + s for p, s in self.parts)

con.execute("create table t(g, v)")
con.executemany("insert into t values (?, ?)", [("a", 1), ("a", 2), ("b", 10), ("b", None), ("c", None)])
con.create_aggregate("myavg", 1, Avg)
con.create_aggregate("cat", 2, Concat)
print(con.execute("select g, myavg(v) from t group by g order by g").fetchall())
print(con.execute("select cat(v, ',') from t where v is not null").fetchone())
print(con.execute("select myavg(v) from t where 0").fetchone())

class BadStep:
    def step(self, v): raise ValueError
    def finalize(self): return 1
class BadFinal:
    def step(self, v): pass
    def finalize(self): raise ValueError
class BadInit:
    def __init__(self): raise ValueError
    def step(self, v): pass
    def finalize(self): return 1
for name, cls in (("bs", BadStep), ("bf", BadFinal), ("bi", BadInit)):
    con.create_aggregate(name, 1, cls)
    try:
        con.execute(f"select {name}(v) from t")
    except sqlite3.OperationalError as e:
        print(name, type(e).__name__, e)

con.create_collation("reverse", lambda a, b: -1 if a > b else (1 if a < b else 0))
print(con.execute("select g from t group by g order by g collate reverse").fetchall())
con.create_collation("nocase2", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
print(con.execute("select x from (select 'B' x union select 'a' union select 'C') order by x collate nocase2").fetchall())
con.create_collation("reverse", None)
try:
    con.execute("select g from t order by g collate reverse")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
try:
    con.create_collation("x", 42)
except TypeError as e:
    print(e)

# trace callback, progress handler, authorizer
seen = []
con.set_trace_callback(seen.append)
con.execute("select 42")
con.set_trace_callback(None)
con.execute("select 43")
print(seen)

def auth(action, a1, a2, db, src):
    if action == sqlite3.SQLITE_READ and a2 == "v":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK
con.set_authorizer(auth)
try:
    con.execute("select v from t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
print(con.execute("select g from t limit 1").fetchall())
con.set_authorizer(None)
print(con.execute("select v from t limit 1").fetchall())

con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select count(*) from t")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
con.set_progress_handler(None, 1)
print(con.execute("select count(*) from t").fetchone())
