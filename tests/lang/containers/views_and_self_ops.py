# Dict views of subclasses and with other views, reversed iterators after
# mutation, live views, order after update/deletion, self-updates of sets.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
# dict views on subclasses and views' set operations with other views
class D(dict): pass
d = D(a=1, b=2)
print(d.keys(), d.items(), d.values(), repr(D().keys()))
print(d.keys() & {"a": 0}.keys(), d.items() | {"c": 3}.items() == {("a", 1), ("b", 2), ("c", 3)}, d.keys() ^ d.keys())
print(d.keys() - d.keys(), d.keys() <= {"a", "b"}.union(), {"a", "b", "c"} > d.keys(), {"a"} < d.keys())
print(set(d.keys()) == d.keys(), frozenset({"a", "b"}) == d.keys(), d.keys() == frozenset({"a", "b"}))
# dict.__reversed__ and view reversed after modification
dd = {1: 1, 2: 2, 3: 3}
rv = reversed(dd)
del dd[3]
attempt("reversed after del", lambda: list(rv))
dd = {1: 1, 2: 2, 3: 3}
rv = reversed(dd.items())
next(rv)
dd[4] = 4
attempt("reversed items after add", lambda: list(rv))
# set-like operations return set even for frozenset left operand? (keys view)
print(type({1: 2}.keys() | frozenset()).__name__, type(frozenset() | {1: 2}.keys()).__name__)
print(type(frozenset({1}) & {1: 2}.keys()).__name__)
# dict views len after mutation, view is live
d = {1: 2}
k = d.keys()
d[3] = 4
print(len(k), k, 3 in k)
# dict ordering with popitem after update
d = dict(zip("abcde", range(5)))
d.update({"a": 9, "z": 0})
print(d, d.popitem(), list(d.items())[-1])
# dict equality with different orders
print({1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}) == list({3: 4, 1: 2}))
# dict(**kw) ordering and dict(mapping, **kw)
print(dict({"b": 1, "a": 2}, c=3, a=5))
# fromkeys on dict subclass with __setitem__
class DS(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
print(DS.fromkeys([1, 2], 5), dict.fromkeys.__name__)
# dict.__init__ twice
d = {1: 2}
d.__init__({3: 4}, x=5)
print(d)
# copy of dict with deletions keeps order
d = dict.fromkeys(range(10))
for i in range(0, 10, 3):
    del d[i]
c = d.copy()
print(list(c), c == d)
# clear during iteration of items view
d = {1: 2, 3: 4}
it = iter(d.items())
next(it)
d.clear()
attempt("items after clear", lambda: list(it))
# set iteration after clear
s = {1, 2, 3}
it = iter(s)
next(it)
s.clear()
attempt("set after clear", lambda: list(it))
# set update with itself, set ops with self
s = {1, 2, 3}
s.update(s)
s |= s
s &= s
print(s, s - s, s ^ s)
s ^= s
print(s)
s = {1, 2}
s -= s
print(s)
# set.__init__ with self
s = {1, 2, 3}
s.__init__(s)
print(s)
# frozenset from set with same elements hash equal
print(hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1])), frozenset({1, 2}) in {frozenset({2, 1}): 1})
# sets of mixed numeric
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {1: "a", 1.0: "b", True: "c"})
# pop from set is deterministic
s = set(range(5, 15))
print([s.pop() for _ in range(3)])
s = {"a", "b", "c"}
print(len([s.pop() for _ in range(3)]), s)
