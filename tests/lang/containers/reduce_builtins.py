# all, any, sum, min, max: results, keys, defaults and error messages.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, ""]), any([0, 3]), all(iter("ab")), any(x > 2 for x in range(4)))
seen = []
def g(vals):
    for v in vals:
        seen.append(v)
        yield v
print(all(g([1, 0, 1])), seen)
seen.clear()
print(any(g([0, 1, 0])), seen)
class BB:
    def __bool__(self):
        raise ValueError("no bool")
attempt("all bad bool", lambda: all([BB()]))
attempt("any bad bool", lambda: any([BB()]))
attempt("all int", lambda: all(5))
attempt("any none", lambda: any())
attempt("all 2", lambda: all([], []))
attempt("any kw", lambda: any(iterable=[]))
# sum
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5, True]), sum(range(10**6)))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1j, 2]), sum([], start=5), sum([1.5, 2**70]), sum([2**62, 2**62, 2**62]))
print(sum([1e308, 1e308, -1e308]), sum([float("inf"), 1]), sum([0.1, 0.2, 0.3]), sum([1, 0.1, 2**53]), sum([-0.0]), sum([-0.0], -0.0))
print(sum([True, True]), type(sum([True])).__name__, sum([1.0, 2]), type(sum([], 0.0)).__name__, sum([2**63, -2**63]))
attempt("sum str start", lambda: sum(["a"], ""))
attempt("sum bytes start", lambda: sum([b"a"], b""))
attempt("sum bytearray start", lambda: sum([], bytearray()))
attempt("sum strs", lambda: sum(["a", "b"]))
attempt("sum int str", lambda: sum([1, "a"]))
attempt("sum none", lambda: sum([None]))
attempt("sum not iterable", lambda: sum(5))
attempt("sum no args", lambda: sum())
attempt("sum 3 args", lambda: sum([], 1, 2))
attempt("sum float then str", lambda: sum([1.5, "x"]))
attempt("sum big then str", lambda: sum([2**70, "x"]))
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return A(self.v + (o.v if isinstance(o, A) else o))
    def __radd__(self, o):
        return A(o + self.v)
print(sum([A(1), A(2)]).v, sum([A(1)], A(5)).v, sum([1, A(2), 3.5]).v)
# min / max
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("abc"), min("b", "a"), max([1, 2.5, 2]), min([[2], [1, 5]]))
print(min([], default=7), max([], default=None), min([4], default=0), max(iter([1, 9, 3])), min((x for x in [5, -1])))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max(["aa", "bb"], key=len), min(["aa", "bb"], key=len))
print(max(1, 2, key=lambda x: -x), min(1, 2, key=None), max([1, 2], key=None), min([], key=len, default="d"))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([True, 1]), min([float("nan"), 1]), min([1, float("nan")]))
print(max([(1, "b"), (1, "a")]), min([(2,), (1, 9)]), max({1: 2, 3: 4}), min({5, 2, 8}), max("hello", key=ord))
attempt("min empty", lambda: min([]))
attempt("max empty", lambda: max([]))
attempt("max empty iter", lambda: max(iter([])))
attempt("min no args", lambda: min())
attempt("max no args", lambda: max())
attempt("min int", lambda: min(5))
attempt("min default with args", lambda: min(1, 2, default=0))
attempt("max default with args", lambda: max(1, 2, default=0))
attempt("min bad kw", lambda: min([1], foo=1))
attempt("max bad kw", lambda: max([1], keyy=1))
attempt("min mixed", lambda: min([1, "a"]))
attempt("max mixed", lambda: max(["a", 1]))
attempt("min key raising", lambda: min([1, 0], key=lambda x: 1 / x))
attempt("max key not callable", lambda: max([1, 2], key=5))
attempt("max key not callable one", lambda: max([1], key=5))
attempt("min one arg not iterable", lambda: min(None))
attempt("max empty kw only", lambda: max(default=1))
class Cmp:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Cmp.n += 1
        return self.v < o.v
    def __gt__(self, o):
        Cmp.n += 1
        return self.v > o.v
    def __repr__(self):
        return "C%d" % self.v
items = [Cmp(v) for v in (3, 1, 4, 1, 5, 9, 2, 6)]
print(min(items), Cmp.n, max(items), Cmp.n)
# ties: the first one wins for both
a, b = Cmp(1), Cmp(1)
print(min([a, b]) is a, max([a, b]) is a, min(a, b) is a, max(a, b) is a)
class Bad:
    def __lt__(self, o):
        raise RuntimeError("lt")
    __gt__ = __lt__
attempt("min cmp raising", lambda: min([Bad(), Bad()]))
attempt("max cmp raising", lambda: max(Bad(), Bad()))
print(min([Bad()]), max([Bad()], default=0).__class__.__name__) if False else print("ok")
def gen_raise():
    yield 1
    raise KeyError("gen")
attempt("min gen raising", lambda: min(gen_raise()))
attempt("sum gen raising", lambda: sum(gen_raise()))
attempt("all gen raising", lambda: all(gen_raise()))
