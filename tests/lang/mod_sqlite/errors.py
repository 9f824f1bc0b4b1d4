# The exception hierarchy and CPython's messages
import sqlite3

names = ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
         "OperationalError", "IntegrityError", "InternalError",
         "ProgrammingError", "NotSupportedError"]
for n in names:
    cls = getattr(sqlite3, n)
    print(n, cls.__module__, cls.__mro__[1].__name__, getattr(sqlite3.connect(":memory:"), n) is cls)

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, u text unique, nn text not null, c int check (c > 0))")
con.execute("insert into t values (1, 'a', 'x', 1)")

def attempt(sql, params=()):
    try:
        con.execute(sql, params)
        print("ok", sql)
    except sqlite3.Error as e:
        print(type(e).__name__, "|", e, "|", getattr(e, "sqlite_errorname", None))

attempt("select * from nope")
attempt("select nocol from t")
attempt("selec 1")
attempt("insert into t values (1, 'b', 'x', 1)")
attempt("insert into t values (2, 'a', 'x', 1)")
attempt("insert into t values (3, 'c', null, 1)")
attempt("insert into t values (4, 'd', 'x', 0)")
attempt("create table t(x)")
attempt("select 1", (1,))
attempt("select ?, ?", (1,))
attempt("select 1; select 2")

cur = con.cursor()
cur.close()
try:
    cur.execute("select 1")
except sqlite3.ProgrammingError as e:
    print(e)
con.close()
con.close()
for action in (lambda: con.execute("select 1"), lambda: con.cursor(), lambda: con.commit(),
               lambda: con.in_transaction, lambda: con.total_changes):
    try:
        action()
    except sqlite3.ProgrammingError as e:
        print(type(e).__name__, e)

class Sub(sqlite3.Cursor):
    def __init__(self, con):
        pass
c = sqlite3.connect(":memory:")
try:
    c.cursor(Sub).execute("select 1")
except sqlite3.ProgrammingError as e:
    print(e)
try:
    c.cursor(lambda con: 42)
except TypeError as e:
    print(e)
try:
    sqlite3.connect(":memory:", isolation_level="bogus")
except ValueError as e:
    print(e)
try:
    sqlite3.connect("file:/nonexistent-dir/x.db?mode=ro", uri=True)
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
