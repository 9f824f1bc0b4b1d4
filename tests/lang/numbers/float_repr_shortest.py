# Shortest round-trip repr of floats: boundaries, powers of two and ten,
# subnormals, values near ties, and a deterministic pseudo-random sweep.
import math

for e in range(-1074, 1024, 7):
    x = 2.0 ** e
    print(repr(x), repr(-x), str(x * 3))

for e in range(-323, 309, 3):
    x = float("1e%d" % e)
    print(repr(x), repr(math.nextafter(x, 0.0)), repr(math.nextafter(x, math.inf)))

specials = [5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
            1.7976931348623157e308, 9007199254740993.0, 9007199254740992.0,
            0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 1e16, 1e15, 123456789012345680.0,
            4.35, 0.1 + 0.7, 5e-310, 1.5e-323, 2.5, 1e22, 1e23, 8.41e21, 5.0e-324 * 3,
            9.5, 0.5, 1234.5678, 100.0, 1e-4, 1e-5, 12345678901234567.0]
for x in specials:
    print(repr(x), str(-x), "%r" % x, f"{x!r}", [x], (x,))

# a linear congruential generator gives reproducible bit patterns
state = 20261125
def next_bits():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state

count = 0
for i in range(3000):
    bits = next_bits()
    x = float.fromhex("0x1.%013xp%d" % (bits & (2**52 - 1), (bits >> 52) % 2046 - 1022))
    s = repr(x)
    assert float(s) == x
    if i % 10 == 0:
        print(s)
    count += 1
print(count)

# money-like values
total = 0.0
for cents in range(0, 100000, 37):
    v = cents / 100
    total += v
    if cents % 3700 == 0:
        print(v, total, round(total, 2))
