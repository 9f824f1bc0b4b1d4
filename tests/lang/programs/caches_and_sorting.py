class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            v = self.d.pop(k)
            self.d[k] = v
            self.hits += 1
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        self.d.pop(k, None)
        self.d[k] = v
        if len(self.d) > self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
    def __repr__(self):
        return f"LRU({list(self.d.items())}, hits={self.hits}, misses={self.misses})"
c = LRU(3)
for k in "abcabdeab":
    if c.get(k) is None:
        c.put(k, k.upper())
print(c)

def memoize(fn):
    cache = {}
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.stats = lambda: (calls, len(cache))
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.stats(), fib.__name__, fib.__wrapped__.__name__)
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in adders], [l(10) for l in late])

def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{pad}  {k!r}: {pretty(v, indent + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(obj, (list, tuple)):
        o, cl = ("[", "]") if isinstance(obj, list) else ("(", ")")
        if not obj:
            return o + cl
        inner = ", ".join(pretty(v, indent + 1) for v in obj)
        return o + inner + ("," if isinstance(obj, tuple) and len(obj) == 1 else "") + cl
    return repr(obj)
doc = {"name": "krait", "version": (0, 1), "tags": ["fast", "small"], "deps": {}, "meta": {"nested": {"deep": [1, {"x": None}], "t": (1,)}}, "pi": 3.14159, "ok": True}
print(pretty(doc))
print(doc)
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(rec, d, repr([[]] * 2), str((1,)), {1: {2: {3: ()}}}, [set(), frozenset({1}), {1: set()}])

def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1], 5))
def group_anagrams(ws):
    groups = {}
    for w in ws:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(groups.values(), key=lambda g: (-len(g), g))
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
def longest_unique(s):
    seen, start, best = set(), 0, (0, 0)
    for i, ch in enumerate(s):
        while ch in seen:
            seen.remove(s[start])
            start += 1
        seen.add(ch)
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]
print(longest_unique("abcabcbb"), longest_unique("pwwkew"), repr(longest_unique("")))
people = [("ann", 30, "NY"), ("bob", 25, "LA"), ("cy", 30, "LA"), ("dee", 25, "NY"), ("eve", 35, "NY")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
s1 = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(s1, key=lambda p: p[2]))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 1, 1: 2}), sorted([(1, "b"), (1, "a")]), sorted([1.5, 1, True, 0.5]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([{1}, {2}, [3]])
except TypeError as e:
    print(e)
try:
    [3, 1].sort(key=lambda x: None)
except TypeError as e:
    print(e)
stats = {}
for name, age, city in people:
    stats.setdefault(city, []).append(age)
for city, ages in sorted(stats.items()):
    ages.sort()
    n = len(ages)
    mean = sum(ages) / n
    var = sum((a - mean) ** 2 for a in ages) / n
    med = ages[n // 2] if n % 2 else (ages[n // 2 - 1] + ages[n // 2]) / 2
    print(f"{city}: n={n} mean={mean:.3f} var={var:.4f} sd={var ** 0.5:.4f} median={med} round={round(mean, 1)}")
data = [2.5, 3.7, 1.2, 9.8, 4.4, 4.4, 7.1, 0.3]
def pct(d, p):
    d = sorted(d)
    k = (len(d) - 1) * p / 100
    f = int(k)
    return d[f] + (d[min(f + 1, len(d) - 1)] - d[f]) * (k - f)
print([round(pct(data, p), 3) for p in (0, 25, 50, 75, 90, 100)], round(sum(data) / len(data), 4), max(data) - min(data))
