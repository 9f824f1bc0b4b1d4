# Timers that act on their own profiler.  (A timer calling clear() or
# disable() makes CPython 3.11 crash, so only reading the stats and a
# profiler dropped by its own timer are compared here.)
import sys
import _lsprof

seen = []
sys.unraisablehook = lambda u: seen.append(u.exc_type.__name__)


def f():
    return g()


def g():
    return len("ab")


def run(action, when):
    n = [0]
    holder = {}

    def timer():
        n[0] += 1
        if n[0] == when:
            action(holder["p"])
        return n[0]

    holder["p"] = p = _lsprof.Profiler(timer)
    p.enable()
    f()
    f()
    p.disable()
    rows = sorted((e.code if isinstance(e.code, str) else e.code.co_name, e.callcount)
                  for e in p.getstats())
    print(action.__name__, when, rows, sys.getprofile())


def clear(p):
    p.clear()


def disable(p):
    p.disable()


def reenable(p):
    p.disable()
    p.enable()


def getstats(p):
    p.getstats()


for action in (getstats,):
    for when in range(1, 9):
        run(action, when)


# the only reference to an enabled profiler is the one the VM holds;
# its timer disables it
def lonely():
    state = {}

    def timer():
        state["n"] = state.get("n", 0) + 1
        if state["n"] == 4:
            state["p"].disable()
            del state["p"]
        return state["n"]
    state["p"] = _lsprof.Profiler(timer)
    state["p"].enable()


lonely()
f()
f()
print(sys.getprofile(), seen)
