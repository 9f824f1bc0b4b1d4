# A small statistics report, the way scripts compute them.
import math
data = [2.5, 3.7, 1.2, 9.8, 4.4, 4.4, 7.1, 0.3, 5.5, 6.6, 3.3, 8.0]
n = len(data)
mean = sum(data) / n
fmean = math.fsum(data) / n
srt = sorted(data)
median = (srt[n // 2 - 1] + srt[n // 2]) / 2 if n % 2 == 0 else srt[n // 2]
var = sum((x - mean) ** 2 for x in data) / (n - 1)
sd = math.sqrt(var)
print("n", n, "mean", mean, "fmean", fmean, "median", median)
print("var", var, "sd", sd, "min", min(data), "max", max(data), "range", max(data) - min(data))
print("rounded", round(mean, 3), round(sd, 3), round(var, 1))
z = [(x - mean) / sd for x in data]
print([round(v, 4) for v in z])
hist = {}
for x in data:
    b = int(x // 2) * 2
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print("%2d-%2d %s" % (b, b + 2, "#" * hist[b]))
xs = list(range(1, 11))
ys = [2.0 * x + 1.0 + (0.1 if x % 2 else -0.1) for x in xs]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print("slope", slope, "intercept", my - slope * mx)
geo = math.prod(data) ** (1 / n)
harm = n / sum(1 / x for x in data)
print("geo", geo, "harm", harm)
