#!/usr/bin/env python3
"""Krait's test runner: `make test` calls it; its last line is
"N passed, N failed".

What it runs:
  capi     every C unit test binary in --capi (tests/capi/test_*.c, built
           by make): passes when it exits 0;
  lang     every tests/lang/**/NAME.py under krait, in its own directory:
           stdout must equal NAME.exp, stderr NAME.err when that exists,
           and the exit status NAME.rc (default 0).  All three were
           written by CPython 3.11 (tests/make_expected.py);
  repl     every tests/repl/NAME.py typed at `krait -i -q`: stdout and
           stderr (prompts, tracebacks) as CPython's interactive mode;
  parser   every tests/parser/NAME.py: `krait -X dump-ast` must print
           CPython's ast.dump() of it (NAME.exp);
  crash    every lang test cut off at several points must give a
           SyntaxError or run: never die by a signal or a sanitizer report.

tests/known_failures.txt lists tests that fail today, one name a line
(e.g. `lang/strings/format_spec`), each with a comment saying why: they
are run and counted as failed, but don't make the run exit non-zero; one
that passes is reported so the list is kept honest.
"""
import argparse
import concurrent.futures
import os
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def env_for_tests():
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    env.pop("PYTHONPATH", None)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0:allocator_may_return_null=1")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    return env


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


def sanitizer_report(stderr):
    return b"AddressSanitizer" in stderr or b"runtime error:" in stderr or b"LeakSanitizer" in stderr


def drop_refused_allocations(stderr):
    # Under ASan a huge allocation is refused (allocator_may_return_null=1)
    # with a warning and a blank line, and the program sees MemoryError as
    # it would without the sanitizer: that is no report.
    out, skip_blank = [], False
    for line in stderr.splitlines(keepends=True):
        if b"WARNING: AddressSanitizer failed to allocate" in line:
            skip_blank = True
            continue
        if skip_blank and line.strip() == b"":
            skip_blank = False
            continue
        skip_blank = False
        out.append(line)
    return b"".join(out)


def describe_diff(what, expected, got, limit=12):
    exp = expected.decode("utf-8", "replace").splitlines()
    out = got.decode("utf-8", "replace").splitlines()
    lines = [f"  {what} differs:"]
    shown = 0
    for i in range(max(len(exp), len(out))):
        e = exp[i] if i < len(exp) else "<missing>"
        o = out[i] if i < len(out) else "<missing>"
        if e != o:
            lines.append(f"    line {i + 1}: expected {e!r}")
            lines.append(f"    {' ' * len(str(i + 1))}       got      {o!r}")
            shown += 1
            if shown >= limit:
                lines.append("    ...")
                break
    if shown == 0:
        lines.append("    (the lines agree; the difference is in line endings or the final newline)")
    return "\n".join(lines)


def run_lang(krait, path, timeout, repl=False):
    base = path[:-3]
    stdin_path = path if repl else base + ".in"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    # -B as the oracle runs (tests/make_expected.py): same sys.flags, and
    # no __pycache__ left among the tests
    args = ["-B", "-i", "-q"] if repl else ["-B", os.path.basename(path)]
    try:
        r = subprocess.run([os.path.abspath(krait)] + args, cwd=os.path.dirname(path),
                           stdin=stdin, capture_output=True, timeout=timeout, env=env_for_tests())
    except subprocess.TimeoutExpired:
        return f"  timed out after {timeout}s"
    here = (os.path.dirname(path) + os.sep).encode()
    r.stdout, r.stderr = r.stdout.replace(here, b""), r.stderr.replace(here, b"")
    r.stderr = drop_refused_allocations(r.stderr)
    problems = []
    if r.returncode < 0:
        problems.append(f"  killed by signal {-r.returncode}")
    if sanitizer_report(r.stderr):
        problems.append("  sanitizer report:\n" + r.stderr.decode("utf-8", "replace")[-3000:])
    exp_out = read(base + ".exp", b"")
    if r.stdout != exp_out:
        problems.append(describe_diff("stdout", exp_out, r.stdout))
    exp_err = read(base + ".err")
    if exp_err is not None and r.stderr != exp_err:
        problems.append(describe_diff("stderr", exp_err, r.stderr))
    exp_rc = int((read(base + ".rc", b"0") or b"0").strip())
    if r.returncode != exp_rc:
        problems.append(f"  exit status {r.returncode}, expected {exp_rc}")
        if exp_err is None and r.stderr:
            problems.append("  stderr: " + r.stderr.decode("utf-8", "replace")[-1500:])
    return "\n".join(problems) or None


def run_parser(krait, path, timeout):
    try:
        r = subprocess.run([os.path.abspath(krait), "-X", "dump-ast", os.path.basename(path)],
                           cwd=os.path.dirname(path), capture_output=True, timeout=timeout, env=env_for_tests())
    except subprocess.TimeoutExpired:
        return f"  timed out after {timeout}s"
    exp = read(path[:-3] + ".exp", b"")
    if r.returncode != 0 or r.stdout != exp:
        msg = describe_diff("ast.dump", exp, r.stdout, limit=2)
        if r.returncode:
            msg += f"\n  exit status {r.returncode}: " + r.stderr.decode("utf-8", "replace")[-1500:]
        return msg
    return None


def cut_points(src):
    """Places to cut a program: a third and two thirds of the way through
    the text (usually mid-token), and half of its lines."""
    n = len(src)
    points = {n // 3, (2 * n) // 3}
    lines = src.splitlines(keepends=True)
    if len(lines) > 2:
        points.add(len(b"".join(lines[: len(lines) // 2])))
    return sorted(p for p in points if 0 < p < n)


def run_crash(krait, path, timeout):
    src = read(path)
    problems = []
    for p in cut_points(src):
        with tempfile.TemporaryDirectory() as d:
            f = os.path.join(d, "cut.py")
            with open(f, "wb") as out:
                out.write(src[:p])
            # in a session of its own: a cut program may leave a forked
            # child waiting for a parent that never writes, and the whole
            # group is ended when the program is done or timed out
            p = subprocess.Popen([os.path.abspath(krait), "cut.py"], cwd=d,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 stdin=subprocess.DEVNULL, env=env_for_tests(),
                                 start_new_session=True)
            try:
                out, err = p.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                out = None  # a cut loop body may spin: not a crash
            finally:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                if out is None:
                    p.communicate()
            if out is None:
                continue
            r = subprocess.CompletedProcess(p.args, p.returncode, out, err)
            if r.returncode < 0 or sanitizer_report(r.stderr):
                problems.append(f"  cut at byte {p}: returncode {r.returncode}\n" +
                                r.stderr.decode("utf-8", "replace")[-2000:])
    return "\n".join(problems) or None


def collect(top, ext=".py"):
    found = []
    for root, dirs, files in os.walk(os.path.join(HERE, top)):
        dirs.sort()
        # helper packages and modules imported by tests are not tests; an
        # area folder right under the top (lang/mod_os) is one of tests
        top_level = root == os.path.join(HERE, top)
        dirs[:] = [d for d in dirs if not d.startswith(("pkg_", "_")) and d != "__pycache__"
                   and not (d.startswith("mod_") and not top_level)]
        for f in sorted(files):
            if f.endswith(ext) and not f.startswith(("mod_", "_")):
                found.append(os.path.join(root, f))
    return found


def test_name(path):
    return os.path.relpath(path, HERE)[:-3]


def load_known():
    known = {}
    path = os.path.join(HERE, "known_failures.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, why = line.partition("#")
                known[name.strip()] = why.strip()
    return known


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("--capi", default="build/tests")
    ap.add_argument("--jobs", type=int, default=max(2, (os.cpu_count() or 2) * 2))
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--no-crash", action="store_true", help="skip the cut-off crash check")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("filter", nargs="*", help="substrings of test names to run")
    args = ap.parse_args()

    jobs = []
    if os.path.isdir(args.capi):
        for f in sorted(os.listdir(args.capi)):
            p = os.path.join(args.capi, f)
            if f.startswith("test_") and os.access(p, os.X_OK):
                jobs.append(("capi/" + f, "capi", p))
    for p in collect("lang"):
        jobs.append((test_name(p), "lang", p))
    for p in collect("parser"):
        jobs.append((test_name(p), "parser", p))
    for p in collect("repl"):
        jobs.append((test_name(p), "repl", p))
    if not args.no_crash:
        for p in collect("lang"):
            jobs.append(("crash:" + test_name(p), "crash", p))
    if args.filter:
        jobs = [j for j in jobs if any(s in j[0] for s in args.filter)]

    def run(job):
        name, kind, path = job
        if kind == "capi":
            try:
                r = subprocess.run([path], capture_output=True, timeout=args.timeout, env=env_for_tests())
            except subprocess.TimeoutExpired:
                return name, "  timed out"
            if r.returncode != 0:
                return name, f"  exit status {r.returncode}\n" + (r.stdout + r.stderr).decode("utf-8", "replace")[-2000:]
            return name, None
        if kind == "lang":
            return name, run_lang(args.krait, path, args.timeout)
        if kind == "repl":
            return name, run_lang(args.krait, path, args.timeout, repl=True)
        if kind == "parser":
            return name, run_parser(args.krait, path, args.timeout)
        return name, run_crash(args.krait, path, 5)

    known = load_known()
    passed = failed = 0
    unexpected, fixed = [], []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        for name, problem in ex.map(run, jobs):
            if problem is None:
                passed += 1
                if name in known:
                    fixed.append(name)
                if args.verbose:
                    print(f"PASS {name}")
            else:
                failed += 1
                if name in known:
                    if args.verbose:
                        print(f"FAIL {name} (known: {known[name]})")
                else:
                    unexpected.append(name)
                    print(f"FAIL {name}\n{problem}")
    if fixed:
        print("Passing now, remove from tests/known_failures.txt: " + ", ".join(fixed))
    nknown = failed - len(unexpected)
    if nknown:
        print(f"({nknown} of the failures are known, listed in tests/known_failures.txt)")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if unexpected else 0)


if __name__ == "__main__":
    main()
