# subclasses of Connection and Cursor, weak references, a row factory that queries
import sqlite3, weakref, gc
c = sqlite3.connect(":memory:")
for obj in (c, c.cursor()):
    try:
        r = weakref.ref(obj); print("weakref ok", r() is obj)
    except TypeError as e:
        print(e)
print(sqlite3.connect(":memory:").execute("select 1").fetchone())
cur = c.cursor()
other = c.cursor()
def rf(cursor, row):
    return row + other.execute("select 2").fetchone()
cur.row_factory = rf
c.execute("create table t(x)"); c.execute("insert into t values (1)")
try:
    print(cur.execute("select x from t").fetchone())
except sqlite3.ProgrammingError as e:
    print(e)
print(type(c.execute), c.execute.__name__)
print(sqlite3.Cursor.__init__.__name__ if hasattr(sqlite3.Cursor, "__init__") else None)
class C2(sqlite3.Connection):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = "t"
c2 = sqlite3.connect(":memory:", factory=C2)
print(c2.tag, c2.execute("select 3").fetchone())
c2.foo = 1
try:
    c.foo = 1
except AttributeError as e:
    print("AttributeError", e)
