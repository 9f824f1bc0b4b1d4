# _heapq and _bisect: results, the exact sequence and number of "<"
# comparisons, keys, bounds, mutation during comparison, and CPython's
# argument errors.
import _bisect
import _heapq


def t(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__, e)


log = []


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "C(%r)" % self.v


def lcg(n, seed=12345):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        out.append(seed % 1000)
    return out


print("-- heap operations, logged")
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, C(v))
print(h, log)
log.clear()
print(_heapq.heappop(h), h, log)
log.clear()
print(_heapq.heapreplace(h, C(6)), h, log)
log.clear()
print(_heapq.heappushpop(h, C(0)), _heapq.heappushpop(h, C(4)), h, log)
log.clear()
data = [C(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]]
_heapq.heapify(data)
print(data, log)
log.clear()
_heapq._heapify_max(data)
print(data, log)
log.clear()
print(_heapq._heappop_max(data), _heapq._heapreplace_max(data, C(3)), data, log)
log.clear()

print("-- counts on bigger heaps")
for n in (10, 100, 2500, 2501, 5000, 10007):
    data = [C(v) for v in lcg(n)]
    log.clear()
    _heapq.heapify(data)
    c1 = len(log)
    out = [_heapq.heappop(data).v for i in range(min(n, 300))]
    print(n, c1, len(log), out == sorted(out), out[:5])
    data = [C(v) for v in lcg(n, 99)]
    log.clear()
    _heapq._heapify_max(data)
    c1 = len(log)
    out = [_heapq._heappop_max(data).v for i in range(min(n, 300))]
    print(n, "max", c1, len(log), out == sorted(out, reverse=True), out[:5])
big = lcg(6000, 7)
h = list(big)
_heapq.heapify(h)
print(h[:20], h[-5:])
h = list(big)
_heapq._heapify_max(h)
print(h[:20], h[-5:])
h = []
for v in big[:1000]:
    _heapq.heappush(h, v)
print(h[:15], [_heapq.heappop(h) for i in range(10)])

print("-- edge cases")
h = [1]
print(_heapq.heappop(h), h, _heapq.heappushpop(h, 5), h)
print(_heapq.heappushpop([1], 0), _heapq.heappushpop([1], 1), _heapq.heappushpop([1], 2))
t(lambda: _heapq.heappop([]))
t(lambda: _heapq.heapreplace([], 1))
t(lambda: _heapq._heappop_max([]))
t(lambda: _heapq._heapreplace_max([], 1))
t(lambda: _heapq.heappush((), 1))
t(lambda: _heapq.heappush(None, 1))
t(lambda: _heapq.heappush([], 1, 2))
t(lambda: _heapq.heappush([]))
t(lambda: _heapq.heappop(()))
t(lambda: _heapq.heapify(None))
t(lambda: _heapq.heapify([], x=1))
t(lambda: _heapq.heappush([], item=1))
t(lambda: _heapq._heapify_max("ab"))
t(lambda: _heapq.heappushpop((), 1))
t(lambda: _heapq.heappush([1], "a"))
t(lambda: _heapq.heapify([3, "a", 1]))


class Sub(list):
    pass


s = Sub([3, 1, 2])
_heapq.heapify(s)
print(s, type(s).__name__)


class Shrink:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap

    def __lt__(self, other):
        if self.heap:
            self.heap.clear()
        return self.v < other.v


hh = []
hh.extend([Shrink(i, None) for i in range(5)])
hh.append(Shrink(-1, hh))
t(lambda: _heapq.heapify(hh))
hh = [Shrink(i, None) for i in range(5)]
t(lambda: _heapq.heappush(hh, Shrink(-1, hh)))
hh = [Shrink(0, None), Shrink(1, None), Shrink(2, hh)]
t(lambda: _heapq.heappop(hh).v)


class Boom:
    def __lt__(self, other):
        raise ZeroDivisionError("cmp")


t(lambda: _heapq.heappush([1], Boom()))
t(lambda: _heapq.heappushpop([Boom()], 1))

print("-- bisect")
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 8, 9):
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x),
          _bisect.bisect_left(a, x, 2), _bisect.bisect_right(a, x, 0, 3),
          _bisect.bisect_left(a, x, hi=4), _bisect.bisect_right(a, x, lo=1, hi=None))
words = ["apple", "Banana", "cherry", "Date"]
keyed = sorted(words, key=str.lower)
print(keyed, _bisect.bisect_left(keyed, "c", key=str.lower), _bisect.bisect_right(keyed, "date", key=str.lower))
log.clear()
cs = [C(v) for v in range(0, 100, 3)]
print(_bisect.bisect_left(cs, C(50)), len(log), log[:3])
log.clear()
print(_bisect.bisect_right(cs, C(51)), len(log), log[:3])
log.clear()
calls = []


def key(c):
    calls.append(c.v)
    return c.v


print(_bisect.bisect_right(cs, 50, key=key), calls, log)
calls.clear()
_bisect.insort_left(cs, C(50), key=key)
print(calls, [c.v for c in cs][15:20])
print(_bisect.bisect_left(range(100), 37), _bisect.bisect_right("abcde", "c"),
      _bisect.bisect_left((1, 3, 5), 4), _bisect.bisect_left([1, 2, 3], 2, 0, -1),
      _bisect.bisect_left([1, 2, 3], 2, 0, -2), _bisect.bisect_left([], 1))
lst = [1, 3, 5]
_bisect.insort_left(lst, 3)
_bisect.insort_right(lst, 3.0)
_bisect.insort_right(lst, 0, 0, 0)
_bisect.insort_left(lst, 9, lo=2)
print(lst, [type(x).__name__ for x in lst])
_bisect.insort_right(lst, 4, key=lambda v: v)
print(lst)


class L(list):
    def insert(self, i, x):
        print("L.insert", i, x)
        list.insert(self, i, x)


l = L([1, 3])
_bisect.insort(l, 2) if hasattr(_bisect, "insort") else _bisect.insort_right(l, 2)
print(l)


class Seq:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        print("getitem", i)
        return i * 10

    def insert(self, i, x):
        print("insert", i, x)


_bisect.insort_left(Seq(), 25)
print(_bisect.bisect_right(Seq(), 10))
t(lambda: _bisect.bisect_left(None, 1))
t(lambda: _bisect.bisect_left([1], 1, -1))
t(lambda: _bisect.insort_left([1], 1, -1))
t(lambda: _bisect.bisect_left([1, 2, 3], 1, 0, 10))
t(lambda: _bisect.bisect_left([1, 2, 3], 4, 0, 10))
t(lambda: _bisect.bisect_left([1], 1, lo=1.5))
t(lambda: _bisect.bisect_left([1], 1, hi=1.5))
t(lambda: _bisect.bisect_left([1], 1, hi="x"))
t(lambda: _bisect.bisect_left([1], 1, hi=2**70))
t(lambda: _bisect.bisect_left([1], 1, lo=2**70))
t(lambda: _bisect.bisect_left([1], 1, key=None))
t(lambda: _bisect.bisect_left([1], 1, key=5))
t(lambda: _bisect.bisect_left([1], x=1, a=[1]))
t(lambda: _bisect.bisect_left([1]))
t(lambda: _bisect.bisect_left([1], 1, 0, 1, None))
t(lambda: _bisect.bisect_left([1], 1, z=1))
t(lambda: _bisect.insort_left(None, 1))
t(lambda: _bisect.insort_left((1, 2), 1))
t(lambda: _bisect.insort_left("abc", "b"))
t(lambda: _bisect.bisect_left({1: 2}, 5))
t(lambda: _bisect.bisect_left([1, "a"], 0))
t(lambda: _bisect.insort_right([1], 2, key=lambda v: 1 / 0))
print(_bisect.bisect_right(a=[1, 2], x=1, lo=0, hi=2, key=None))
