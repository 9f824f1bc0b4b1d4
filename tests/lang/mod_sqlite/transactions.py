# Legacy transaction control, commit/rollback, context manager, isolation_level
import sqlite3

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.in_transaction)
con.execute("create table t(x)")
print("after create", con.in_transaction)
con.execute("insert into t values (1)")
print("after insert", con.in_transaction)
con.rollback()
print(con.execute("select count(*) from t").fetchone(), con.in_transaction)
con.execute("insert into t values (2)")
con.commit()
con.rollback()
print(con.execute("select x from t").fetchall())
con.execute("  /* c */ -- x\n UPDATE t set x = 3")
print("after commented update", con.in_transaction)
con.commit()

with con:
    con.execute("insert into t values (4)")
print(con.execute("select x from t").fetchall(), con.in_transaction)
try:
    with con:
        con.execute("insert into t values (5)")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
print(con.execute("select x from t").fetchall())
with con as c:
    print(c is con)

for level in ("DEFERRED", "immediate", "Exclusive", "", None):
    con.isolation_level = level
    con.execute("insert into t values (6)")
    print(repr(con.isolation_level), con.in_transaction)
    con.commit()
for bad in ("foo", 1):
    try:
        con.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

con.isolation_level = ""
con.execute("insert into t values (7)")
print(con.in_transaction)
con.isolation_level = None
print("set None commits:", con.in_transaction)

con2 = sqlite3.connect(":memory:", isolation_level=None)
print(repr(con2.isolation_level))
con2.execute("create table t(x)")
con2.execute("insert into t values (1)")
print(con2.in_transaction)
con2.execute("begin")
con2.execute("insert into t values (2)")
print(con2.in_transaction)
con2.execute("rollback")
print(con2.execute("select * from t").fetchall())

# executescript commits a pending transaction first
con3 = sqlite3.connect(":memory:")
con3.execute("create table t(x)")
con3.execute("insert into t values (1)")
print(con3.in_transaction)
con3.executescript("insert into t values (2); insert into t values (3);")
print(con3.in_transaction, con3.execute("select * from t").fetchall())
con3.rollback()
print(con3.execute("select count(*) from t").fetchone())
print(con3.total_changes)

# a file database: what was committed survives a reopen
import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "x.db")
a = sqlite3.connect(path)
a.execute("create table t(x)")
a.execute("insert into t values ('kept')")
a.commit()
a.execute("insert into t values ('lost')")
a.close()
b = sqlite3.connect(path)
print(b.execute("select x from t").fetchall())
b.close()
os.remove(path)
os.rmdir(d)
