# Profiling switched on and off in unusual places, and the cProfile
# entry points (run, runctx, runcall, context manager, dump_stats).
import cProfile
import os
import pstats
import sys
import tempfile
import _lsprof


def counter():
    n = [0]

    def tick():
        n[0] += 1
        return n[0]
    return tick


def name_of(code):
    return code if isinstance(code, str) else code.co_name


def summary(prof):
    return sorted((name_of(e.code), e.callcount, e.reccallcount, e.totaltime, e.inlinetime,
                   None if e.calls is None else sorted((name_of(s.code), s.callcount) for s in e.calls))
                  for e in prof.getstats())


P = _lsprof.Profiler(counter())


def start():
    P.enable()
    inner()


def inner():
    return len("abc")


def stop():
    helper()
    P.disable()


def helper():
    return [1].copy()


def outer():
    start()
    inner()
    stop()
    inner()


outer()
print("enabled in one function, disabled in another")
for row in summary(P):
    print(row)

# disable() deep inside calls that are still running: they end there
P2 = _lsprof.Profiler(counter())


def deep(n):
    if n == 0:
        P2.disable()
        return
    deep(n - 1)


P2.enable()
deep(3)
print("disabled at depth")
for row in summary(P2):
    print(row)

# clear() while calls are in progress
P3 = _lsprof.Profiler(counter())


def clearing():
    inner()
    P3.clear()
    inner()


P3.enable()
clearing()
inner()
P3.disable()
print("cleared while running")
for row in summary(P3):
    print(row)

# enable twice; disable twice
P4 = _lsprof.Profiler(counter())
P4.enable()
P4.enable()
inner()
P4.disable()
P4.disable()
print("twice", summary(P4))
print(sys.getprofile())

# a second profiler replaces the first one
A = _lsprof.Profiler(counter())
B = _lsprof.Profiler(counter())
A.enable()
inner()
B.enable()
helper()
A.disable()
inner()
print("A", summary(A))
print("B", summary(B))
print(sys.getprofile())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def show_stats(st):
    rows = []
    for (fn, line, name), (cc, nc, tt, ct, callers) in st.stats.items():
        rows.append((os.path.basename(fn), line, name, cc, nc))
    for r in sorted(rows):
        print("  ", r)


# context manager
with cProfile.Profile(counter()) as pr:
    fib(5)
print("context manager")
show_stats(pstats.Stats(pr))
print(sys.getprofile())

# runcall, runctx, run
pr = cProfile.Profile(counter())
print(pr.runcall(fib, 6))
show_stats(pstats.Stats(pr))
pr = cProfile.Profile(counter())
pr.runctx("fib(4)", globals(), {})
show_stats(pstats.Stats(pr))

with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "prof.out")
    cProfile.run("fib(3)", out)
    st = pstats.Stats(out)
    print("cProfile.run to a file")
    show_stats(st)
    pr = cProfile.Profile(counter())
    pr.runcall(fib, 2)
    pr.dump_stats(out)
    show_stats(pstats.Stats(out))
    st.add(out)
    print("added")
    show_stats(st)

# profile generators resumed and thrown into
def g():
    try:
        yield 1
        yield 2
    except KeyError:
        yield 3


pr = _lsprof.Profiler(counter())
pr.enable()
it = g()
next(it)
next(it)
it.throw(KeyError)
it.close()
pr.disable()
print("generator", summary(pr))
