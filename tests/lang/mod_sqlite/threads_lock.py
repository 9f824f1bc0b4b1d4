# A writer waiting on SQLite's lock must not hold the interpreter: the
# thread holding the lock has to be able to run and commit.
import sqlite3, threading, os, tempfile, time

d = tempfile.mkdtemp()
path = os.path.join(d, "lock.db")
con1 = sqlite3.connect(path, isolation_level=None)
con1.execute("create table t(who)")
con1.execute("begin immediate")
con1.execute("insert into t values ('first')")

ready = threading.Event()
out = []
def second():
    con2 = sqlite3.connect(path, timeout=60)
    ready.set()
    con2.execute("insert into t values ('second')")   # waits for con1's lock
    con2.commit()
    out.append(con2.execute("select who from t order by rowid").fetchall())
    con2.close()

t = threading.Thread(target=second)
t.start()
ready.wait()
time.sleep(0.2)
con1.execute("commit")
t.join()
print(out)
con1.close()
os.remove(path)
os.rmdir(d)
