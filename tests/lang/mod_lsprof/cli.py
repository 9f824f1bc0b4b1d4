# python -m cProfile: the report's rows (times replaced, and sorted: rows
# with equal times may come in any order), -o to a file, errors.
import os
import pstats
import re
import subprocess
import sys
import tempfile

SCRIPT = '''\
import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def main():
    words = "a b c".split()
    print(fib(12), len(words), sys.argv[1:])

if __name__ == "__main__":
    main()
'''


def run(*args):
    proc = subprocess.run([sys.executable, "-m", "cProfile", *args], cwd=d,
                          capture_output=True, text=True)
    return proc.returncode, proc.stdout, proc.stderr


def rows(text):
    out = []
    for line in text.splitlines():
        line = re.sub(r"\d+\.\d+", "T", line.replace(d, "DIR"))
        if "{" in line or "script.py" in line:
            out.append(line.strip())
    return sorted(out)


with tempfile.TemporaryDirectory() as d:
    d = os.path.realpath(d)
    path = os.path.join(d, "script.py")
    with open(path, "w") as f:
        f.write(SCRIPT)

    rc, out, err = run("-s", "cumulative", "script.py", "x", "y")
    print(rc, repr(err))
    print(out.splitlines()[0])
    print(re.sub(r"\d+\.\d+", "T", out.splitlines()[1]))
    print("Ordered by:" in out, "cumulative time" in out)
    for r in rows(out):
        print(r)

    rc, out, err = run("-s", "calls", path)
    print(rc, repr(err))
    for r in rows(out):
        print(r)

    rc, out, err = run("-o", os.path.join(d, "out.prof"), "script.py")
    print(rc, repr(out), repr(err))
    st = pstats.Stats(os.path.join(d, "out.prof"))
    print(st.total_calls, st.prim_calls)
    for key in sorted(st.stats, key=str):
        if key[0].endswith("script.py") or key[0] == "~":
            print(os.path.basename(key[0]), key[1], key[2], st.stats[key][:2])

    rc, out, err = run("-s", "nonsense", "script.py")
    print(rc, repr(out), err.splitlines()[-1])
    rc, out, err = run(os.path.join(d, "missing.py"))
    print(rc, repr(out), err.replace(d, "DIR").splitlines()[-1])
