import math
for x in (0.0, -0.0, 1.0, 0.5, 3.0, -10.5, 1e300, 5e-324, 2.2250738585072014e-308, math.inf, -math.inf, math.nan, 8):
    m, e = math.frexp(x)
    print(repr(x), (m, e), math.ldexp(m, e) == x or math.isnan(x), math.modf(x))
print(math.ldexp(1, 1023), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1076), math.ldexp(0.75, -1073))
print(math.ldexp(1, -10**20), math.ldexp(-1, -10**20), math.ldexp(0.0, 10**20), math.ldexp(math.inf, -5), math.ldexp(5, True))
for args in ((1, 1024), (1.5, 10**20), (-1, 2000)):
    try:
        print(math.ldexp(*args))
    except OverflowError as e:
        print("OverflowError", e)
