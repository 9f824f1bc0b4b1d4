# check_same_thread, and the GIL released while SQLite works
import sqlite3, threading, re, os, tempfile

con = sqlite3.connect(":memory:")
result = []
def use():
    try:
        con.execute("select 1")
    except sqlite3.ProgrammingError as e:
        result.append(re.sub(r"\d+", "N", str(e)))
t = threading.Thread(target=use)
t.start(); t.join()
print(result)

con2 = sqlite3.connect(":memory:", check_same_thread=False)
con2.execute("create table t(x)")
def work(n):
    for i in range(50):
        con2.execute("insert into t values (?)", (n * 1000 + i,))
ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in ts: t.start()
for t in ts: t.join()
con2.commit()
print(con2.execute("select count(*), sum(x) from t").fetchone())

# one connection per thread on a shared file database
d = tempfile.mkdtemp()
path = os.path.join(d, "t.db")
init = sqlite3.connect(path)
init.execute("create table log(who, n)")
init.commit()
init.close()
def writer(who):
    c = sqlite3.connect(path, timeout=30)
    for i in range(20):
        with c:
            c.execute("insert into log values (?, ?)", (who, i))
    c.close()
ts = [threading.Thread(target=writer, args=(w,)) for w in "abc"]
for t in ts: t.start()
for t in ts: t.join()
c = sqlite3.connect(path)
print(c.execute("select who, count(*), sum(n) from log group by who order by who").fetchall())
c.close()
os.remove(path)
os.rmdir(d)
