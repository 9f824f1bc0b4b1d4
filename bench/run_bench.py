#!/usr/bin/env python3
"""`make bench`: time each bench/*.py under Krait and under CPython 3.11,
alternating the two in one run so that both see the same machine load,
and print the median of each, their ratio (Krait / CPython: below 1.0
means Krait is faster) and the geometric mean of the ratios.

The outputs of the two must agree: a fast wrong answer is not a result.
Usage: run_bench.py --krait build/krait [--rounds N] [NAME ...]
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))
from oracle import find_oracle  # noqa: E402


def timed(cmd, path):
    t0 = time.perf_counter()
    r = subprocess.run(cmd + [path], capture_output=True, cwd=HERE, env=dict(os.environ, PYTHONHASHSEED="0"))
    return time.perf_counter() - t0, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(HERE, "..", "build", "krait"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    cpython = find_oracle()
    krait = os.path.abspath(args.krait)
    progs = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != "run_bench.py")
    if args.names:
        progs = [p for p in progs if any(n in p for n in args.names)]
    print(f"Krait: {krait}\nCPython: {cpython}\nrounds: {args.rounds}, medians in seconds\n")
    print(f"{'program':24s} {'krait':>9s} {'cpython':>9s} {'ratio':>7s}")
    ratios = []
    for p in progs:
        kt, ct = [], []
        ok = True
        for _ in range(args.rounds):
            t, rk = timed([krait], p)
            kt.append(t)
            t, rc = timed([cpython], p)
            ct.append(t)
            if rk.returncode != 0 or rk.stdout != rc.stdout:
                ok = False
                break
        if not ok:
            err = rk.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["different output"]
            print(f"{p:24s} {'FAILED':>9s} {'':>9s} {'':>7s}  ({err[0][:60]})")
            continue
        k, c = statistics.median(kt), statistics.median(ct)
        ratios.append(k / c)
        print(f"{p:24s} {k:9.3f} {c:9.3f} {k / c:7.2f}")
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"\ngeometric mean of ratios (Krait/CPython) over {len(ratios)} programs: {gm:.2f}")
    if len(ratios) != len(progs):
        print(f"{len(progs) - len(ratios)} program(s) failed under Krait")
        sys.exit(1)


if __name__ == "__main__":
    main()
