# Several threads importing one slow module at once all get it fully
# initialised: one thread runs its code, the others wait for it.
import os
import sys
import tempfile
import threading

d = tempfile.mkdtemp()
with open(os.path.join(d, "slowmod.py"), "w") as f:
    f.write("import time\ntime.sleep(0.05)\nVALUE = 42\nLOADS = [1]\n")
with open(os.path.join(d, "pkg_a.py"), "w") as f:
    f.write("import time\ntime.sleep(0.02)\nimport pkg_b\nNAME = 'a'\n")
with open(os.path.join(d, "pkg_b.py"), "w") as f:
    f.write("import time\ntime.sleep(0.02)\nimport pkg_a\nNAME = 'b'\n")
sys.path.insert(0, d)

res = []


def imp():
    import slowmod
    res.append((slowmod.VALUE, len(slowmod.LOADS)))


ts = [threading.Thread(target=imp) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res)

# two threads entering a circular import from opposite ends finish
names = []


def imp_a():
    import pkg_a
    names.append(pkg_a.NAME)


def imp_b():
    import pkg_b
    names.append(pkg_b.NAME)


ta = threading.Thread(target=imp_a)
tb = threading.Thread(target=imp_b)
ta.start(); tb.start(); ta.join(); tb.join()
print(sorted(names))
import pkg_a
import pkg_b
print(pkg_a.NAME, pkg_b.NAME)
for n in os.listdir(d):
    p = os.path.join(d, n)
    if os.path.isfile(p):
        os.unlink(p)
