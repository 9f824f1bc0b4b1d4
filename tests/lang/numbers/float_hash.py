# Numeric hashes agree across int, float and complex.
import sys
for x in (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 2.0**61, 2.0**62, 1e100, 1e-100, 3.141592653589793, 1e308, 5e-324):
    print(repr(x), hash(x))
print(hash(float("inf")), hash(float("-inf")), sys.hash_info.inf, sys.hash_info.modulus == 2**61 - 1)
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(2**70) == hash(2.0**70), hash(-1.0), hash(0.5) == hash(0.5 + 0j))
print(hash(1.5 + 2j), hash(-1j), hash(complex(0.5, 0.25)), hash(3j) == hash(3j + 0))
d = {}
for v in (1, 1.0, True, 1 + 0j, 2, 2.0, 0.5):
    d[v] = d.get(v, 0) + 1
print(d)
print(len({0, 0.0, -0.0, False, 0j}))
