#!/usr/bin/env python3
"""`make cpython-tests`: run modules of CPython 3.11's own regression suite
(Lib/test, from Debian's libpython3.11-testsuite) under Krait, and print
a table of tests run / passed / failed / errors / skipped per module.

Each module runs in its own Krait process (tests/cpython/driver.py) with a
time limit; the driver reports every test as it finishes, so a module
that hangs or crashes still counts what it got through, and its row says
how it ended.  A test counts once: sub-test failures make their test
fail.  Expected failures count as passed, as unittest does.

Usage: cpython_tests.py [--krait build/krait] [--timeout S] [--markdown FILE] [MODULE...]
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# The modules the data-model and built-in types work is measured by, then
# the wider list the standard-library work adds to.
MODULES = [
    "test_descr", "test_class", "test_unicode", "test_bytes", "test_int", "test_long",
    "test_float", "test_list", "test_tuple", "test_dict", "test_set", "test_format",
    "test_fstring", "test_memoryview",
    "test_grammar", "test_syntax", "test_opcodes", "test_scope", "test_bool", "test_string",
    "test_exceptions", "test_raise", "test_with", "test_contextlib", "test_generators",
    "test_functools", "test_itertools", "test_collections", "test_deque", "test_defaultdict",
    "test_ordered_dict", "test_dataclasses", "test_enum",
    "test_re", "test_json", "test_math", "test_struct", "test_random", "test_operator",
    "test_slice", "test_range", "test_augassign", "test_unpack", "test_keywordonlyarg",
    "test_types", "test_typing", "test_copy", "test_pickle", "test_weakref", "test_gc",
    "test_string_literals", "test_textwrap", "test_statistics", "test_cmath",
    "test_thread", "test_threading", "test_threading_local", "test_threadsignals", "test_queue",
    "test_fork1", "test_faulthandler", "test_csv", "test_pwd", "test_grp", "test_resource",
    "test_mmap", "test_pty", "test_getpass", "test_posixpath", "test_shutil",
    "test_zlib", "test_gzip", "test_bz2", "test_lzma", "test_tarfile", "test_pyexpat",
    "test_minidom", "test_sax", "test_plistlib", "test_pulldom", "test_genericalias",
    "test_py_compile", "test_compileall", "test_site",
    "test_abc", "test_isinstance", "test_sys", "test_sys_settrace", "test_sys_setprofile", "test_pdb",
    "test_bdb", "test_trace", "test_profile", "test_multiprocessing_fork", "test_datetime",
    "test_asyncgen", "test_coroutines",
]


def run_module(krait, name, timeout):
    start = time.monotonic()
    cmd = [krait, os.path.join(HERE, "cpython", "driver.py"), "test." + name]
    env = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C.UTF-8")
    env.pop("PYTHONPATH", None)
    status = "done"
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env,
                           cwd=os.path.join(HERE, ".."))
        out, err = r.stdout, r.stderr
        if r.returncode < 0:
            status = f"signal {-r.returncode}"
    except subprocess.TimeoutExpired as e:
        out, err = e.stdout or b"", e.stderr or b""
        status = "timeout"
    counts = {"ok": 0, "fail": 0, "error": 0, "skip": 0, "xfail": 0, "xpass": 0}
    failed = set()
    lines = out.decode("utf-8", "replace").splitlines()
    for line in lines:
        if line.startswith("IMPORT-ERROR"):
            status = "import error: " + line[len("IMPORT-ERROR "):][:120]
        elif line.startswith("RESULT "):
            _, kind, tid = line.split(" ", 2)
            base = tid.split(" ", 1)[0]  # sub-tests report "id (params)"
            # A test whose sub-tests failed reports each failure and no
            # outcome of its own: count it once, as failed.
            if kind in ("fail", "error"):
                if base not in failed:
                    failed.add(base)
                    counts[kind] += 1
            elif base not in failed:
                counts[kind] += 1
    if status == "done" and "DONE" not in lines:
        status = "exited early"
    run = sum(counts.values())
    passed = counts["ok"] + counts["xfail"]
    return {"module": name, "run": run, "passed": passed, "failed": counts["fail"] + counts["xpass"],
            "errors": counts["error"], "skipped": counts["skip"], "status": status,
            "seconds": time.monotonic() - start, "stderr": err.decode("utf-8", "replace")}


def table(rows):
    head = f"{'module':<22}{'run':>6}{'passed':>8}{'failed':>8}{'errors':>8}{'skipped':>9}  status"
    out = [head, "-" * len(head)]
    tot = {"run": 0, "passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    for r in rows:
        out.append(f"{r['module']:<22}{r['run']:>6}{r['passed']:>8}{r['failed']:>8}{r['errors']:>8}"
                   f"{r['skipped']:>9}  {r['status']}")
        for k in tot:
            tot[k] += r[k]
    out.append("-" * len(head))
    out.append(f"{'total':<22}{tot['run']:>6}{tot['passed']:>8}{tot['failed']:>8}{tot['errors']:>8}"
               f"{tot['skipped']:>9}")
    counted = tot["run"] - tot["skipped"]
    pct = 100.0 * tot["passed"] / counted if counted else 0.0
    out.append(f"{tot['passed']} of {counted} tests that ran passed ({pct:.1f}%); "
               f"{sum(1 for r in rows if r['status'].startswith('import error'))} modules failed to start")
    return "\n".join(out), tot


def markdown(rows):
    lines = ["| module | run | passed | failed | errors | skipped | status |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in rows:
        lines.append(f"| {r['module']} | {r['run']} | {r['passed']} | {r['failed']} | {r['errors']} | "
                     f"{r['skipped']} | {r['status'].replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(HERE, "..", "build", "krait"))
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--markdown", help="also write the table as Markdown to this file")
    ap.add_argument("--log", help="write each module's failure details to this file")
    ap.add_argument("modules", nargs="*")
    a = ap.parse_args()
    mods = a.modules or MODULES
    krait = os.path.abspath(a.krait)
    if not os.path.isdir("/usr/lib/python3.11/test") and not a.modules:
        print("CPython's test suite is missing: apt-get install -y libpython3.11-testsuite")
        return 2
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        rows = list(ex.map(lambda m: run_module(krait, m, a.timeout), mods))
    text, _ = table(rows)
    print(text)
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write(markdown(rows))
    if a.log:
        with open(a.log, "w") as f:
            for r in rows:
                f.write(f"==== {r['module']} ({r['status']})\n{r['stderr'][-20000:]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
