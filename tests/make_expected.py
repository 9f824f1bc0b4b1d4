#!/usr/bin/env python3
"""Write the expected output of language tests by running them under
CPython 3.11 (tests/oracle.py), never under Krait.

For tests/lang/AREA/NAME.py it writes, next to it:
  NAME.exp   standard output, exactly
  NAME.err   standard error, only when CPython printed any (tracebacks)
  NAME.rc    the exit status, only when it is not 0

Each test runs with its own directory as the working directory; the
absolute path of that directory is removed from both outputs (CPython
names the script by its absolute path), so tracebacks read
`File "NAME.py"`; the test runner does the same to Krait's output.
For tests/repl/NAME.py, the file is typed at the interactive prompt
(`-i -q` with the file as standard input): .exp is what the statements
printed, .err the prompts and tracebacks.
For tests/parser/NAME.py, NAME.exp is instead CPython's ast.dump() of the
file, which `krait -X dump-ast NAME.py` must reproduce.
Usage: make_expected.py [PATH ...]   (default: every test without .exp)
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle import find_oracle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def all_tests():
    for top in ("lang", "parser", "repl"):
        for root, _dirs, files in os.walk(os.path.join(HERE, top)):
            for f in sorted(files):
                if f.endswith(".py"):
                    yield os.path.join(root, f)


def run_oracle_ast(oracle, path):
    # tests/parser/NAME.py: the expected output is ast.dump() of the file
    code = "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1], encoding='utf-8').read())))"
    return subprocess.run([oracle, "-c", code, os.path.basename(path)], cwd=os.path.dirname(path),
                          capture_output=True, timeout=120)


def run_oracle_repl(oracle, path):
    # tests/repl/NAME.py: typed at the interactive prompt (python -i -q < NAME.py)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    with open(path, "rb") as stdin:
        return subprocess.run([oracle, "-B", "-i", "-q"], cwd=os.path.dirname(path), env=env,
                              stdin=stdin, capture_output=True, timeout=120)


def run_oracle(oracle, path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    stdin = open(path[:-3] + ".in", "rb") if os.path.exists(path[:-3] + ".in") else subprocess.DEVNULL
    return subprocess.run([oracle, "-B", os.path.basename(path)], cwd=os.path.dirname(path), env=env,
                          stdin=stdin, capture_output=True, timeout=120)


def main():
    oracle = find_oracle()
    paths = [os.path.abspath(p) for p in sys.argv[1:]] or [p for p in all_tests() if not os.path.exists(p[:-3] + ".exp")]
    for path in paths:
        in_parser = os.sep + "parser" + os.sep in os.path.relpath(path, HERE).join(os.sep * 2)
        in_repl = os.sep + "repl" + os.sep in os.path.relpath(path, HERE).join(os.sep * 2)
        if in_parser:
            r = run_oracle_ast(oracle, path)
        elif in_repl:
            r = run_oracle_repl(oracle, path)
        else:
            r = run_oracle(oracle, path)
        base = path[:-3]
        # CPython shows the script by its absolute path (in tracebacks, in
        # warnings); expectations must not depend on where the tree is.
        here = (os.path.dirname(path) + os.sep).encode()
        r.stdout, r.stderr = r.stdout.replace(here, b""), r.stderr.replace(here, b"")
        with open(base + ".exp", "wb") as f:
            f.write(r.stdout)
        for ext, data, keep in ((".err", r.stderr, bool(r.stderr)), (".rc", b"%d\n" % r.returncode, r.returncode != 0)):
            if keep:
                with open(base + ext, "wb") as f:
                    f.write(data)
            elif os.path.exists(base + ext):
                os.remove(base + ext)
        print(f"{os.path.relpath(path, HERE)}: rc={r.returncode} out={len(r.stdout)}B err={len(r.stderr)}B")


if __name__ == "__main__":
    main()
