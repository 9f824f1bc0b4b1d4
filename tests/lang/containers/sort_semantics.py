# sort/sorted semantics: specialised comparisons must agree with the generic
# one, errors mid-sort leave a permutation, key functions, reverse.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

def lcg(n, seed=7):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out

r = lcg(300)
# ints: small, negative, huge, mixed with bools and floats
print(sorted([v - 2**30 for v in r[:20]]))
big = [v * 10**20 - 5 * 10**28 for v in r[:15]]
print(sorted(big) == sorted(big, key=lambda x: (x > 0, abs(x) if x > 0 else -abs(x))))
print(sorted([3, True, -1, 2.5, False, 10**30, -10**30, 0.0, -0.5]))
print(sorted([2**62, 2**63, -2**63, 2**64, -2**64 - 1, 2**61, 0]))
print(sorted([1 << 30, 1 << 31, (1 << 30) - 1, -(1 << 30), -(1 << 31)]))
# floats: nan makes the result order-dependent but deterministic
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([nan, 3.0, 1.0, 2.0]))
print(sorted([float("inf"), -0.0, 0.0, float("-inf"), 1e308, 5e-324]))
print(sorted([0.0, -0.0, 0.0, -0.0]), sorted([-0.0, 0.0]))
print(sorted([1, 1.0, True]), sorted([True, 1.0, 1]))
# strings of one or several kinds
print(sorted(["b", "a", "ab", "", "B", "aa", "a\0"]))
print(sorted(["é", "e", "z", "€", "\U0001f600", "ä", "a"]))
print(sorted(["€b", "€a", "€", "\u20ac\u20ac"]))
print(sorted(["\U0001f601", "\U0001f600a", "\U0001f600"]))
# tuples: first items decide, ties go to later items of any type
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), (), (1, "a", 0)]))
print(sorted([(1.5, 2), (1, 3), (True, 1), (0.5,)]))
print(sorted([("b", 1), ("a", 2), ("b", 0)]))
print(sorted([((2, 1), 0), ((1, 9), 1), ((1, 2), 2)]))
attempt("tuple tie unorderable", lambda: sorted([(1, {}), (1, {})]))
attempt("tuple first unorderable", lambda: sorted([({}, 1), ({}, 2)]))
print(sorted([(1, nan), (1, 0.0)]))
# subclasses use their own comparison
class RevInt(int):
    def __lt__(self, other):
        return int(self) > int(other)
print(sorted([RevInt(1), RevInt(3), RevInt(2)]))
print(sorted([1, RevInt(3), 2]))
class S(str):
    pass
print(sorted([S("b"), "a", S("c")]))
class F(float):
    def __lt__(self, other):
        return float(self) > float(other)
print(sorted([F(1.0), F(2.0), F(0.5)]))
# lists and other types
print(sorted([[2], [1, 5], [1], []]))
print(sorted([{1, 2}, {1}, {3}]))  # partial order: result depends on algorithm
print(sorted([frozenset({1}), frozenset(), frozenset({1, 2})]))
print(sorted(["b", "a"], key=None), sorted([2, 1], key=None, reverse=False))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted(range(10), key=lambda x: x % 3, reverse=True))
print(sorted("hello world"), sorted((3, 2, 1)), sorted({"b": 1, "a": 2}.items()))
print(sorted(iter([3, 1, 2])), sorted(x * x for x in range(-3, 3)))

# stability with reverse=True
pairs = [(v % 5, i) for i, v in enumerate(r[:60])]
a = sorted(pairs, key=lambda p: p[0], reverse=True)
b = sorted(pairs, key=lambda p: -p[0])
print(a == b, a[:8])
lst = list(pairs)
lst.sort(key=lambda p: p[0], reverse=True)
print(lst == a)
# reverse is not the same as reversing the sorted result
print(sorted([(1, 'a'), (1, 'b'), (0, 'c')], key=lambda p: p[0], reverse=True))

# a comparison raising mid-sort leaves a permutation of the original
class Bomb:
    calls = 0
    limit = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Bomb.calls += 1
        if Bomb.calls == Bomb.limit:
            raise RuntimeError("boom at %d" % Bomb.calls)
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
for n, limit in ((10, 5), (100, 50), (300, 1000), (300, 1900), (1000, 5000)):
    items = [Bomb(v % 997) for v in lcg(n, n)]
    before = sorted(b.v for b in items)
    Bomb.calls = 0
    Bomb.limit = limit
    try:
        items.sort()
        print(n, limit, "no error")
    except RuntimeError as e:
        print(n, limit, e, sorted(b.v for b in items) == before, len(items))
# errors from the key function: the list is unchanged
lst = [3, 1, 0, 2]
attempt("key raises", lambda: lst.sort(key=lambda x: 1 / x))
print(lst)
calls = []
def key(x):
    calls.append(x)
    if x == 7:
        raise KeyError(x)
    return x
lst = list(range(10, 0, -1))
attempt("key raises late", lambda: lst.sort(key=key))
print(lst, calls)
# comparisons returning non-bools
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [1] if self.v < other.v else []
    def __repr__(self):
        return "W%d" % self.v
print(sorted([Weird(3), Weird(1), Weird(2)]))
class BadBool:
    def __bool__(self):
        raise ValueError("no truth")
class Cmp:
    def __lt__(self, other):
        return BadBool()
attempt("bad bool", lambda: sorted([Cmp(), Cmp()]))
class NI:
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return True
print(len(sorted([NI(), NI(), NI()])))
class NoCmp:
    pass
attempt("no cmp", lambda: sorted([NoCmp(), NoCmp()]))
attempt("no cmp one", lambda: len(sorted([NoCmp()])))
attempt("int str", lambda: sorted([1, "1"]))
attempt("str int", lambda: sorted(["1", 1]))
attempt("float none", lambda: sorted([1.0, None]))
attempt("tuple list", lambda: sorted([(1,), [1]]))

# list modified during sort
lst = [5, 4, 3, 2, 1]
class Mut:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victim.append(0)
        return self.v < other.v
    def __repr__(self):
        return "M%d" % self.v
victim = [Mut(v) for v in (3, 1, 2)]
attempt("append in lt", lambda: victim.sort())
print(victim)
victim = [Mut(v) for v in (3, 1, 2)]
def clearing(x):
    victim.clear()
    return x.v
attempt("clear in key", lambda: victim.sort(key=clearing))
print(victim)
lst = [3, 1, 2]
def look(x):
    print("inside, list is", lst, len(lst))
    return x
lst.sort(key=look)
print(lst)
# sorted() of a list being sorted elsewhere keeps working on its copy
print(sorted([3, 2, 1], key=lambda x: -x))
# argument errors
attempt("sorted no args", lambda: sorted())
attempt("sorted two args", lambda: sorted([], None))
attempt("sorted bad kw", lambda: sorted([], cmp=None))
attempt("sorted not iterable", lambda: sorted(5))
attempt("sort positional", lambda: [].sort(None))
attempt("sort key int", lambda: [2, 1].sort(key=3))
attempt("sort key int one", lambda: [1].sort(key=3))
attempt("reverse None", lambda: [1].sort(reverse=None))
attempt("reverse str", lambda: sorted([1], reverse="x"))
attempt("reverse 2", lambda: sorted([2, 1], reverse=2))
print(list.sort.__doc__ is not None, [].sort() is None)

# tuples whose items take the C-value comparisons, mixed with ones that don't
def lcg3(n, seed=3):
    out = []; x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out
r = lcg3(2000)
nan = float('nan')
cases = [
  [(v % 10, v % 7, v) for v in r],
  [(v % 10 / 3, (v % 3) * 0.5, -v) for v in r],
  [(str(v % 50), v % 4, str(v)) for v in r],
  [(v % 5, nan if v % 3 == 0 else v % 2) for v in r],
  [(nan if v % 2 else 1.0, v % 3) for v in r],
  [(v % 5, [v % 3], v) for v in r],
  [(v % 3, 2**70 + v % 4, v) for v in r],
  [(v % 3,) if v % 2 else (v % 3, v % 5) for v in r],
  [((v % 3, v % 2), v) for v in r],
  [(True if v % 2 else 1, v % 3, v) for v in r],
  [(v % 4, 1.0 if v % 3 else 1, v % 7) for v in r],
]
for c in cases:
    s = sorted(c, key=lambda t: t) if False else sorted(c)
    print(hash(repr(s)) if False else repr(s)[:200], len(repr(s)))
    print(repr(sorted(c, reverse=True))[-200:])

# ints of one, two and three 30-bit digits, and strs of one or several kinds
words = [(v * 2654435761) % (1 << 61) - (1 << 60) for v in lcg3(300)]
print(sorted(words)[:5], sorted(words)[-3:], sorted(words) == sorted(words, key=lambda x: (x > 0, x)))
print(sorted(words + [0, 1, -1, 2**30, -2**30, 2**60 - 1, -(2**60 - 1)])[:4])
print(sorted(words[:50] + [2**61, -2**61])[:2], sorted(words[:50] + [2**61, -2**61])[-2:])
print(sorted([(w % 1000 * 2**35, -w) for w in words[:40]])[:4])
print(sorted([(w % 5 * 2**35, w % 7 * 0.5, str(w)) for w in words[:60]])[:4])
ascii_words = [str(w) for w in words[:100]]
print(sorted(ascii_words)[:5], sorted(ascii_words, reverse=True)[:3])
print(sorted(ascii_words[:30] + ["é" + w for w in ascii_words[:5]] + ["\xff", "\x7f", ""])[-8:])
print(sorted(["b", "a", "", "ab", "aa", "a" * 10, "a" * 9 + "b"]), sorted(["\xe9a", "\xe9", "e\xe9"]))
print(sorted([("b", 1), ("a", 2), ("a", 1), ("", 0)]), sorted([("é", 1), ("e", 2), ("é", 0)]))
