# cProfile through pstats: counts, primitive counts, names and line
# numbers; the times are replaced (they are the clock's business).
import cProfile
import io
import os
import pstats
import re


def clean(text):
    text = text.replace(os.path.abspath(__file__), "FILE").replace(__file__, "FILE")
    text = re.sub(r"\d+\.\d+", "T", text)
    # pstats pads its columns to the longest name, which holds the
    # script's path: collapse the padding so the folder does not matter
    return re.sub(r" +", " ", text)


def show(stats_fn):
    s = io.StringIO()
    st = pstats.Stats(PROF, stream=s)
    st.sort_stats("stdname")
    stats_fn(st)
    print(clean(s.getvalue()))


class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n * self.n

    @property
    def big(self):
        return self.area() > 10


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        yield i


def boom():
    raise ValueError("x")


def main():
    shapes = [Shape(i) for i in range(5)]
    bigs = [s.big for s in shapes]
    fib(10)
    total = sum(gen(4))
    text = ",".join(str(x) for x in bigs)
    d = {}
    d.setdefault("a", []).append(total)
    try:
        boom()
    except ValueError:
        pass
    try:
        int("nope")
    except ValueError:
        pass
    isinstance(d, dict)
    return text.split(",")


PROF = cProfile.Profile()
PROF.enable()
main()
PROF.disable()

show(lambda st: st.print_stats())
show(lambda st: st.print_callers())
show(lambda st: st.print_callees())

st = pstats.Stats(PROF)
print(st.total_calls, st.prim_calls)
for key in sorted(st.stats, key=str):
    cc, nc, tt, ct, callers = st.stats[key]
    name = (os.path.basename(key[0]), key[1], key[2])
    print(name, cc, nc, sorted((os.path.basename(k[0]), k[1], k[2], v[0], v[1])
                               for k, v in callers.items()))
