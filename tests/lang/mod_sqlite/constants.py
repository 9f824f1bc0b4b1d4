# module-level names and SQLITE_* constants, and sqlite_errorname for extended codes
import sqlite3
print(sorted(n for n in dir(sqlite3) if not n.startswith("_")))
print(sorted((n, getattr(sqlite3, n)) for n in dir(sqlite3) if n.startswith("SQLITE_")))
c = sqlite3.connect(":memory:")
for obj in (c, c.cursor(), sqlite3.Row):
    print(sorted(n for n in dir(obj) if not n.startswith("__")))
c.execute("create table p(id integer primary key)")
c.execute("create table ch(pid references p(id), v not null, u unique, k check (k > 0))")
c.execute("pragma foreign_keys = on")
for sql in ("insert into ch values (99, 1, 1, 1)", "insert into ch values (null, null, 1, 1)",
            "insert into p values (1)", "insert into p values (1)",
            "insert into ch values (null, 1, 5, 1)", "insert into ch values (null, 1, 5, 1)",
            "insert into ch values (null, 1, 6, -1)"):
    try:
        c.execute(sql)
    except sqlite3.Error as e:
        print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
