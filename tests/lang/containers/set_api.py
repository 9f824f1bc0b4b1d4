# set and frozenset: every operation and method, with other iterables,
# in-place forms, hashing, reprs, iteration orders and subclasses.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a >= {1}, a < a, a > {1, 2}, a == {4, 3, 2, 1})
print(a.union(b, [9], "x"), a.intersection(b, range(4)), a.difference([1], (2,)), a.symmetric_difference(range(3)))
print(a.union(), a.intersection(), a.difference(), a.union() is a, a.copy() == a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(iter([7])), a.isdisjoint("ab"), a.issubset([1]))
attempt("| list", lambda: a | [1])
attempt("& tuple", lambda: a & (1,))
attempt("- range", lambda: a - range(2))
attempt("^ frozen", lambda: a ^ frozenset({1, 9}))
attempt("< list", lambda: a < [1])
attempt("union int", lambda: a.union(1))
attempt("intersection None", lambda: a.intersection(None))
attempt("issubset int", lambda: a.issubset(1))
attempt("isdisjoint int", lambda: a.isdisjoint(5))
attempt("symdiff 2 args", lambda: a.symmetric_difference([1], [2]))
attempt("symdiff none", lambda: a.symmetric_difference())
s = set(a)
s |= {10}
s &= {1, 2, 10, 11}
s -= {2}
s ^= {1, 5}
print(s)
def ior_list():
    global s
    s |= [1]
attempt("|= list", ior_list)
s = {1, 2, 3}
s.update([4], (5,), "6")
s.intersection_update(range(10), [1, 2, 3, 4, 5])
s.difference_update([1], {2})
s.symmetric_difference_update([3, 99])
print(s)
attempt("update int", lambda: s.update(1))
attempt("symdiff_update 2", lambda: s.symmetric_difference_update([1], [2]))
s.update()
s.intersection_update()
print(s)
s = {1, 2}
s.add(3)
s.add(3)
s.discard(1)
s.discard(100)
s.remove(2)
print(s)
attempt("remove missing", lambda: s.remove(42))
attempt("remove missing str", lambda: s.remove("k"))
attempt("remove missing tuple", lambda: s.remove((1, 2)))
attempt("remove unhashable", lambda: s.remove([]))
attempt("discard unhashable", lambda: s.discard([]))
attempt("add unhashable", lambda: s.add({}))
attempt("in unhashable", lambda: [] in s)
print({1} in {frozenset({1})}, set() in {frozenset()}, {2} in {frozenset({1})})
s2 = {frozenset({1})}
s2.remove({1})
s2.add(frozenset())
s2.discard(set())
print(s2)
attempt("remove set missing", lambda: s2.remove({5}))
s = {1}
print(s.pop(), s)
attempt("pop empty", lambda: s.pop())
attempt("pop empty frozenset attr", lambda: frozenset().pop())
print(s.clear(), s)
# reprs
print(set(), frozenset(), frozenset({1}), {frozenset()}, repr({()}), set([1]).__repr__(), frozenset("a"))
class S(set):
    pass
class FS(frozenset):
    pass
print(S(), S([1]), FS(), FS([2]), repr(S()), set.__repr__(S([3])))
r = S()
r.add(1)
print(type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(FS([1]) | {2}).__name__, type({2} | FS([1])).__name__)
print(type(FS([1]).copy()).__name__, type(frozenset([1]).union()).__name__, type(S([1]).union()).__name__)
f = frozenset([1, 2])
print(f.copy() is f, frozenset(f) is f, FS(f) is f, type(FS(f)).__name__, frozenset() is frozenset())
# hashes
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(["a"])) == hash(frozenset(["a"])))
print(hash(frozenset(range(100))), hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([-1])), hash(frozenset([frozenset()])))
print(hash(FS([1, 2])) == hash(frozenset([1, 2])))
attempt("set hash", lambda: hash(set()))
attempt("frozenset of list", lambda: frozenset([[1]]))
print({frozenset({1, 2}): "x"}[frozenset([2, 1])], {frozenset([1]), frozenset([1])})
# comparisons and equality between set and frozenset
print({1} == frozenset({1}), frozenset() == set(), {1} < frozenset({1, 2}), frozenset({1}) <= {1}, {1} != frozenset({2}))
print({1} == [1], {1}.__eq__([1]), {1}.__lt__([1]), {1}.__or__([1]))
# iteration orders: CPython's probing
print(set(range(20, 0, -1)), set([100, 1, 50, 3, 1000, 8, -1, -5, 2**40, 7.5, 0.0]))
print(set(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]))
print(set("the quick brown fox"), {x * 37 % 101 for x in range(40)})
print(set([8, 16, 24, 32, 40, 48, 56, 64, 72, 80]), {-1, -2, -3, -4}, {2**60, 2**61, 2**62, 2**63 - 1})
s = set(range(50))
for x in range(0, 50, 3):
    s.discard(x)
s.update([1000, 2000, 3000, 60, 61])
print(s)
s = set()
for x in range(200):
    s.add(x * 7919 % 1009)
    if x % 3 == 0:
        s.discard(x)
print(list(s)[:40], len(s))
print(frozenset([5, 3, 9, 1]), frozenset("xyzzy"), {(1, 2), (2, 1), (0, 0)}, {False, True, 1.5})
x = {1, 2, 3}
x.intersection_update({3, 2})
print(x, {1, 2, 3} & {3, 2}, {3, 2} & {1, 2, 3}, {1, 2, 3} ^ {2}, set("abc") - set("b"))
# set of frozensets, frozenset of frozensets
fs = frozenset([frozenset([1]), frozenset([2]), frozenset([1, 2])])
print(sorted(map(sorted, fs)), frozenset([1]) in fs, {1} in fs)
# constructor errors
attempt("set int", lambda: set(1))
attempt("set kw", lambda: set(x=1))
attempt("set two", lambda: set(1, 2))
attempt("frozenset kw", lambda: frozenset(x=1))
attempt("set unhashable", lambda: set([[1]]))
s = {1, 2}
s.__init__([7])
print(s)
# mutation during iteration
s = {1, 2, 3}
def grow():
    for x in s:
        s.add(x + 10)
attempt("set changed size", grow)
s = {1, 2, 3}
def swap():
    for x in s:
        s.discard(x)
        s.add(x + 100)
attempt("set swap", swap)
print(len({1, 2}), bool(set()), bool({0}), {1, 2}.__len__(), set.__name__, frozenset.__name__)
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
s = {1}
s.add(s.__class__ and 2)
attempt("set recursive repr", lambda: repr(S([S.__name__])))
class R:
    def __repr__(self):
        return repr(holder)
    def __hash__(self):
        return 1
holder = {R()}
attempt("recursive set repr", lambda: repr(holder))
print(set.__class_getitem__(int), frozenset[int])
print(sorted({1, 2} | frozenset([3])), {1, 2}.__sub__(1), {1}.__rsub__({2}), set().__ixor__({1}))
