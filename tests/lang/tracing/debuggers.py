# The tools built on tracing: pdb driven through its prompt, the trace
# module counting lines, profile with pstats.
import io
import os
import re
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
prog = os.path.join(d, "prog.py")
with open(prog, "w") as f:
    f.write("""def add(a, b):
    c = a + b
    return c

def main():
    x = 1
    for i in range(2):
        x = add(x, i)
    print("x =", x)

main()
""")
cmds = "b add\nc\np a, b\nn\np c\nbt\nc\nc\nwhere\nc\n"
r = subprocess.run([sys.executable, "-m", "pdb", prog], input=cmds, capture_output=True,
                   text=True, cwd=d)
print(r.stdout.replace(d, "DIR"))

r = subprocess.run([sys.executable, "-m", "trace", "--count", "-C", d, "--summary", prog],
                   capture_output=True, text=True, cwd=d)
print(r.stdout.replace(d, "DIR"))
with open(os.path.join(d, "prog.cover")) as f:
    print(f.read())

import profile
import pstats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


pr = profile.Profile()
pr.runcall(fib, 10)
s = io.StringIO()
pstats.Stats(pr, stream=s).sort_stats("ncalls").print_stats()
for line in s.getvalue().splitlines():
    if "fib" in line or "function calls" in line:
        line = re.sub(r"[0-9]+\.[0-9]+", "T", line)
        print(re.sub(r"0x[0-9a-f]+", "0x...", line))
for n in os.listdir(d):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
