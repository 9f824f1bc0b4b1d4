import sqlite3
c = sqlite3.connect(":memory:")
class Cur(sqlite3.Cursor):
    def __init__(self, con):
        super().__init__(con)
        self.extra = 1
cur = c.cursor(Cur)
print(type(cur).__name__, cur.extra, cur.execute("select 2").fetchall())
cur = c.execute("create table t(x)")
print(cur.fetchone(), cur.fetchall(), cur.description, cur.rowcount)
try:
    c.executescript("create table u(y); insert into nope values(1); create table v(z);")
except sqlite3.OperationalError as e:
    print(e)
print(c.execute("select name from sqlite_master order by name").fetchall())
try:
    c.executescript(1)
except Exception as e:
    print(type(e).__name__, e)
c.execute("create table b(x)")
c.execute("insert into b values (cast(x'ff' as text))")
try:
    c.execute("select x from b").fetchall()
except sqlite3.OperationalError as e:
    print(e)
print(c.execute("select 1 as a, 2 as a").description)
try:
    c.execute("select ?", ("a\udcff",))
except Exception as e:
    print(type(e).__name__)
print(c.execute("select ?", ("a\x00b",)).fetchone())
try:
    c.execute("select 1\x00")
except Exception as e:
    print(type(e).__name__, e)
import sys
sys.stderr = sys.stdout
sqlite3.enable_callback_tracebacks(False)
c.create_function("z", 0, lambda: 1/0)
try: c.execute("select z()")
except sqlite3.OperationalError as e: print(e)
print(repr(sqlite3.Error("x")), str(sqlite3.IntegrityError("y")))
print(sqlite3.Row.__name__, sqlite3.PrepareProtocol.__name__, sqlite3.Cursor.__module__)
c.execute("select zzz from b")
