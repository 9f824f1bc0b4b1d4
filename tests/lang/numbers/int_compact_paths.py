# One-digit ("compact") int paths: results crossing 2**30 and the small
# int cache, floor division and modulo signs, comparisons, hashing and
# mixed int/float comparisons, plus ints recycled through the free list.
edges = [0, 1, -1, 2, -2, 5, -5, 6, -6, 255, 256, 257, -255, -256, 2**30 - 1, -(2**30 - 1),
         2**30, -2**30, 2**15, -2**15, 12345, -54321, 2**31, -2**31]
for a in edges:
    row = []
    for b in edges:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b:
            row.append(a // b)
            row.append(a % b)
            row.append(divmod(a, b))
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(a, row)

for a in edges:
    print(a, hash(a), bool(a), [10, 20, 30][a % 3], a.__index__(), float(a), -a, abs(a), ~a)

for x in [0.0, -0.0, 0.5, -0.5, 1.0, 1e9, 1073741823.0, 1073741824.0, 1073741823.5,
          float("inf"), float("-inf"), float("nan"), 3.0, -3.0]:
    print(x, [(x < b, x == b, x > b, b < x, b == x, x + b, x * b) for b in (0, 1, -1, 3, 2**30 - 1, 2**30, 2**31)])

for a, b in [(7, 0), (0, 0), (-3, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            r = a // b if op == "//" else a % b if op == "%" else divmod(a, b)
            print(r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)

# identity of small results, and values reused from the free list
zero, top, three = 0, 256, 3
print(three * 5 - 15 is zero, (three + 253) is top, 2**8 + 1 == 257)
acc = []
for i in range(-1000, 1000, 7):
    v = i * 1001
    acc.append(v)
print(sum(acc), acc[:3], acc[-3:], len(set(acc)))
vals = {}
for i in range(5000):
    k = (i * 7919) % 100003
    vals[k] = vals.get(k, 0) + i
print(len(vals), sum(vals), max(vals), min(vals.values()))

class MyInt(int):
    def __add__(self, other):
        return "MyInt.add"
    def __lt__(self, other):
        return "MyInt.lt"
print(MyInt(3) + 4, MyInt(3) < 4, 4 + MyInt(3), 4 < MyInt(3), type(MyInt(5) * 2).__name__)
print(True + True, True * 7, -True, True // 2, True % 2, True < 2, hash(True))

n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
