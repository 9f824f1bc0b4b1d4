# Every repr reads back as the same float.
import math
x = 0.1
vals = []
for i in range(2000):
    x = (x * 1103515245.0 + 12345.0) % 2147483648.0
    vals.append(x / 2147483648.0 * 10.0 ** (i % 40 - 20))
bad = [v for v in vals if float(repr(v)) != v]
print(len(vals), len(bad))
print(sum(len(repr(v)) for v in vals))
print(vals[:5])
print([repr(v) for v in vals[100:110]])
lens = {}
for v in vals:
    n = len(repr(v).replace("-", "").split("e")[0].replace(".", "").lstrip("0"))
    lens[n] = lens.get(n, 0) + 1
print(sorted(lens.items()))
print(math.fsum(vals) == math.fsum(float(repr(v)) for v in vals))
