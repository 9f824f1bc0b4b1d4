# Bad timers, bad arguments, built-ins that raise, garbage collection.
import gc
import sys
import weakref
import _lsprof
import cProfile


def name_of(code):
    return code if isinstance(code, str) else code.co_name


def summary(prof):
    return sorted((name_of(e.code), e.callcount, e.reccallcount, e.totaltime, e.inlinetime)
                  for e in prof.getstats())


seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), getattr(u.object, "__name__", u.object)))


sys.unraisablehook = hook


def f():
    return g()


def g():
    return 1


# a timer that raises: reported as unraisable, reads as 0
def bad_timer():
    raise RuntimeError("no clock")


p = _lsprof.Profiler(bad_timer)
p.enable()
f()
p.disable()
print(summary(p))
print(len(seen), seen[0])
seen.clear()

# a timer whose value is not a number
p = _lsprof.Profiler(lambda: "soon")
p.enable()
f()
p.disable()
print(summary(p))
print(len(seen), seen[0])
seen.clear()

# with a timeunit the timer must return ints
p = _lsprof.Profiler(lambda: 1.5, 0.001)
p.enable()
g()
p.disable()
print(summary(p))
print(len(seen), seen[0])
seen.clear()

# a timer that fails now and then
n = [0]


def flaky():
    n[0] += 1
    if n[0] % 3 == 0:
        raise ValueError(n[0])
    return n[0]


p = _lsprof.Profiler(flaky)
p.enable()
f()
f()
p.disable()
print(summary(p))
print(seen)
seen.clear()

# an exception raised by the program goes through the profiler intact
tick = [0]


def counter():
    tick[0] += 1
    return tick[0]


def raiser():
    return int("x", base=2) + len(5)


p = _lsprof.Profiler(counter)
p.enable()
try:
    raiser()
except ValueError as e:
    print("caught", e)
try:
    len(5)
except TypeError as e:
    print("caught", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("caught", e)
p.disable()
print(summary(p))

# argument errors
for args, kw in [((1, 2, 3, 4, 5), {}), ((), {"timeunit": "x"}), ((), {"nope": 1}),
                 ((None, 0.0, 1), {"subcalls": 0})]:
    try:
        _lsprof.Profiler(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
p = _lsprof.Profiler()
for args, kw in [((1, 2, 3), {}), ((), {"other": 1})]:
    try:
        p.enable(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(sys.getprofile())
for meth in ("disable", "clear", "getstats"):
    try:
        getattr(p, meth)(1)
    except TypeError as e:
        print("TypeError:", e)
try:
    p.getstats(1, x=2)
except TypeError as e:
    print("TypeError:", e)
print(p.getstats(), p.getstats(x=1), p.disable(), p.clear())
print(_lsprof.Profiler.__module__, _lsprof.Profiler.__name__, _lsprof.__doc__)
print(_lsprof.Profiler.enable.__doc__.splitlines()[0])
print(_lsprof.Profiler.__doc__.splitlines()[0])
print(issubclass(cProfile.Profile, _lsprof.Profiler))

# a cycle through the timer (CPython 3.11 leaves it uncollected, so
# whether it was is not printed)
class Holder:
    def __init__(self):
        self.prof = _lsprof.Profiler(self.tick)

    def tick(self):
        return 0


h = Holder()
r = weakref.ref(h)
del h
gc.collect()
print("collected")

# the same with entries recorded
h = Holder()
h.prof.enable()
f()
h.prof.disable()
print(len(h.prof.getstats()))
r = weakref.ref(h)
del h
gc.collect()
print("collected")

# a subclass keeps working
class Sub(_lsprof.Profiler):
    def __init__(self):
        super().__init__(counter, 2.0)
        self.extra = []


s = Sub()
s.enable()
f()
s.disable()
print(summary(s))
s.extra.append(s)
del s
gc.collect()
print(seen)
