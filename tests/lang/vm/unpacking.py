a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, [2, 3]
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), c = "xy", 3
print(a, b, c)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)

def pairs():
    yield 1
    yield 2
p, q = pairs()
print(p, q)

tests = [
    "a, b = 1, 2, 3",
    "a, b, c = [1, 2]",
    "a, b = 5",
    "a, *b, c = [1]",
    "a, b = {'one': 1}",
    "a, = []",
    "a, b = None",
    "a, *b, c, d = 'ab'",
]
for src in tests:
    try:
        exec(src, {})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
u, v, w = Seq()
print(u, v, w)
d = {}
d["k"], d["j"] = 1, 2
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
big = list(range(300))
s0, *s_mid, s1 = big
print(s0, len(s_mid), s1)
