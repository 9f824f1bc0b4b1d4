# Hashes of ints are the value modulo 2**61 - 1, with -1 mapped to -2.
M = 2**61 - 1
for n in (0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**100, -(2**100), 10**30, 12345678901234567890123):
    print(n, hash(n), hash(n) == (n % M if n >= 0 else -((-n) % M)) or n == -1)
print(hash(True), hash(False), hash(-1) == hash(-2))
d = {1: "one", 2**64: "big", -1: "minus one"}
print(d[1.0], d[float(2**64)], d[-1], len({1, 1.0, True}))
print(sorted({hash(i) for i in range(-3, 4)}))
