# Comparisons between floats and ints are exact.
big = 2**53
print(float(big) == big + 1, float(big) < big + 1, big + 1 > float(big), float(big) + 2 == big + 2)
print(2.0**64 == 2**64, 2.0**64 == 2**64 + 1, 2.0**64 < 2**64 + 1, 2.0**64 > 2**64 - 1)
print(1e300 < 10**300, 1e300 > 10**300, 1e300 == int(1e300), int(1e300) == 10**300)
print(0.5 < 1, 0.5 > 0, -0.5 < 0, -0.5 > -1, 1.0 == 1, -0.0 == 0, 1.5 != 1)
print(float("inf") > 10**1000, float("-inf") < -(10**1000), float("nan") < 10**1000, float("nan") != 10**1000)
print(-(2.0**70) < -(2**70) + 1, -(2.0**70) == -(2**70), -(2.0**70) > -(2**70) - 1)
print(123456789012345678.5 > 123456789012345678, 2**60 + 0.5 == 2**60, 4503599627370497.5 > 4503599627370497)
vals = [1, 1.5, 2**70, 2.0**70 + 2**20, -3, -3.5, 0, 0.0, 10**20, 1e20]
print(sorted(vals))
print(sorted(vals, key=lambda v: (v, type(v).__name__)))
print(max(2**80, 1e24), min(-1e30, -(10**30)))
