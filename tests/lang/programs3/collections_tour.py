from collections import Counter, defaultdict, deque, namedtuple, ChainMap, OrderedDict
import heapq, bisect
words = "the cat and the hat and the bat sat on the mat with a cat".split()
c = Counter(words)
print(c.most_common(3))
print(c.most_common())
print(c)
c2 = Counter("abracadabra")
print(c2, c2 + Counter("aab"), c2 - Counter("aaaaaaz"), c2 & Counter("abc"), c2 | Counter("zz"))
print(sorted(c2.elements()), c2.total(), -c2, +Counter({"a": -1, "b": 2}))
d = defaultdict(list)
for w in words:
    d[len(w)].append(w)
print(d)
print(dict(d))
dd = defaultdict(lambda: defaultdict(int))
dd["x"]["y"] += 1
print(dd["x"], len(dd))
q = deque(range(5), maxlen=7)
q.rotate(2); print(q)
q.extendleft([10, 11, 12]); print(q)
q.append(99); print(q, q.maxlen)
print(q.popleft(), q.pop(), list(reversed(q)), q.index(0), q.count(1))
Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._asdict(), p._replace(x=9), Point._fields, Point._field_defaults, p._make([4, 5, 6]))
x, y, z = p
print(x + y + z, p[0], p.x)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print(e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
print(cm, cm["a"], cm["c"], list(cm), len(cm), cm.new_child({"z": 0}), cm.parents)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od.keys()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
h = []
for item in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]:
    heapq.heappush(h, item)
print(h, [heapq.heappop(h) for _ in range(3)], h)
nums = [15, 3, 9, 27, 1, 8, 44, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums, key=lambda v: -v), list(heapq.merge([1, 4, 7], [2, 5, 8], [3])))
heapq.heapify(nums); print(nums, heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 100), nums)
grades = [60, 70, 80, 90]
for score in [33, 60, 77, 90, 100]:
    print(score, "FDCBA"[bisect.bisect(grades, score)], bisect.bisect_left(grades, score))
arr = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(arr, v)
print(arr, bisect.bisect_right(arr, 5, key=None))
people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY")]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(sorted("Banana apple Cherry".split(), key=str.lower), sorted([3, 1, 2], reverse=True))
print(Counter(p[2] for p in people), Counter({"a": 3, "b": 3, "c": 1}).most_common(2))
s = {1, 2, 3, 100, -5, 64, 33}
print(s, frozenset({4, 5}), {(1, 2), (0, 1)}, set(), frozenset())
print({3: "c", 1: "a"}, {1: {2: [3, (4,)]}}, [{}, set(), ()], {True: 1, 1.0: 2})
print(repr(deque()), repr(Counter()), repr(defaultdict(int)), repr(OrderedDict()), ChainMap())
