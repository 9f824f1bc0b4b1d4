import math
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1), math.hypot(1, 2, 2), math.hypot(3, 4, 12))
print(math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300), math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 1), math.hypot(0, -0.0))
print(math.hypot(*range(10)), math.hypot(2**60, 2**60), math.hypot(True, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-1.5,)), math.dist((), ()))
print(math.dist(iter([1, 1]), (4, 5)), math.dist((0, 0, 0), (1, 1, 1)))
pts = [(0, 0), (3, 4), (6, 8), (1, 7)]
print([round(math.dist(a, b), 10) for a in pts for b in pts])
total = 0.0
for a, b in zip(pts, pts[1:]):
    total += math.dist(a, b)
print(total)
