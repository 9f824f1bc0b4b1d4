# iterdump of assorted values, views and triggers; shared-cache URI; pragmas
import sqlite3
c = sqlite3.connect(":memory:")
c.executescript("""
create table a(i integer primary key, f real, s text, b blob, n);
create view v as select * from a;
create trigger tr after insert on a begin select 1; end;
""")
c.execute("insert into a values (?, ?, ?, ?, ?)", (1, 1.5, "it's", b"\x00\xff", None))
c.execute("insert into a values (?, ?, ?, ?, ?)", (2, -0.0, "", b"", 10**15))
c.commit()
for line in c.iterdump():
    print(line)
c2 = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
c3 = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
c2.execute("create table s(x)"); c2.commit()
print(c3.execute("select name from sqlite_master").fetchall())
c.execute("pragma foreign_keys=on")
print(c.execute("pragma foreign_keys").fetchone())
