# getstats() with a timer that counts its own calls: every number,
# times included, is then a property of the program alone.
import _lsprof


def make_counter(step=1):
    state = [0]

    def tick():
        state[0] += step
        return state[0]
    return tick


def name_of(code):
    if isinstance(code, str):
        return code
    return "%s:%d" % (code.co_name, code.co_firstlineno)


def dump(prof, title):
    print("==", title)
    stats = prof.getstats()
    for e in sorted(stats, key=lambda e: name_of(e.code)):
        print(name_of(e.code), e.callcount, e.reccallcount, e.totaltime, e.inlinetime)
        if e.calls is None:
            print("    calls: None")
            continue
        for s in sorted(e.calls, key=lambda s: name_of(s.code)):
            print("   ->", name_of(s.code), s.callcount, s.reccallcount, s.totaltime, s.inlinetime)


def leaf(x):
    return x * 2


def middle(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return abs(total)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def ping(n):
    return pong(n - 1) if n > 0 else 0


def pong(n):
    return ping(n - 1) if n > 0 else 1


def work():
    middle(3)
    fact(4)
    ping(5)
    data = [3, 1, 2]
    data.append(len(data))
    data.sort()
    return max(data)


def run(title, **kw):
    p = _lsprof.Profiler(make_counter(), **kw)
    p.enable()
    work()
    p.disable()
    dump(p, title)


run("ints as seconds")
run("ints with timeunit", timeunit=0.5)
run("no subcalls", subcalls=False)
run("no builtins", builtins=False)
run("neither", subcalls=False, builtins=False)

p = _lsprof.Profiler(make_counter(), 0.25)
p.enable(subcalls=False)
work()
p.disable()
dump(p, "enable(subcalls=False)")
p.clear()
p.enable(True, False)
fact(3)
p.disable()
dump(p, "after clear, enable(True, False)")

# a float timer in seconds
p = _lsprof.Profiler(make_counter(0.5))
p.enable()
work()
p.disable()
dump(p, "float seconds")

# the structseq types
e = p.getstats()[0]
print(type(e).__name__, type(e).__module__, len(e), type(e).n_fields)
print([f for f in _lsprof.profiler_entry.__match_args__])
print([f for f in _lsprof.profiler_subentry.__match_args__])
print(_lsprof.profiler_entry.code.__doc__)
print(_lsprof.profiler_subentry.inlinetime.__doc__)
sub = [x for x in p.getstats() if x.calls][0].calls[0]
print(type(sub).__name__, len(sub))
