class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
class Seq:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
class Rev:
    def __init__(self, d): self.d = d
    def __iter__(self): return iter(self.d)
    def __reversed__(self): return iter(self.d[::-1] + ["!"])
print(list(Countdown(3)), list(Seq("abc")), list(reversed(Seq("abc"))), list(reversed(Rev([1, 2]))), "b" in Seq("abc"))
print(list(zip("abc", range(10))), list(zip(*[(1, 2), (3, 4)])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print(e)
vals = iter([1, 2, 0, 3])
print(list(iter(lambda: next(vals), 0)))
it = iter(Countdown(5))
print(next(it), next(it), list(it), list(it))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(Countdown)
except TypeError as e:
    print(e)
try:
    reversed(Countdown(1))
except TypeError as e:
    print(e)
try:
    len(Countdown(1))
except TypeError as e:
    print(e)
print(sum(Countdown(100)), max(Countdown(4)), sorted(Countdown(4)), any(x > 3 for x in Countdown(4)), all(Countdown(3)), tuple(enumerate(Countdown(2))))
print(dict(zip("ab", Countdown(2))), set(Countdown(3)) == {1, 2, 3}, list(filter(lambda x: x % 2, Countdown(6))), "".join(map(str, Countdown(5))))
a, b, *c = Countdown(5)
print(a, b, c)
m = map(int, "123")
print(next(m), list(m), list(m))
r = range(10, 0, -3)
print(list(r), r[1], r[-1], len(r), r.index(4), 7 in r, r[::-1], list(r[1:3]), range(5) == range(0, 5, 1), repr(range(1, 2)))
e = enumerate("xy")
print(next(e), list(e))
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), 5 in t, [x for x in t if x % 2 == 0])
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)), list(window("ab", 3)))
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
ks = d.keys()
d["z"] = 0
print(ks, list(d.values()), d.items() & {("a", 1)}, ks - {"a"}, reversed(d).__class__.__name__, list(reversed(d)))
