import math
for n in (1, 2, 10, 1000, 2**64, 10**100, 10**400, 2**5000, 3**10000):
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 10), math.log(n, 2))
print(math.log(10**1000, 10**500), math.log1p(10**10))
for n in (0, -1, -(10**400)):
    for f in (math.log, math.log2, math.log10):
        try:
            print(f(n))
        except ValueError as e:
            print(f.__name__, "ValueError", e)
print(round(math.log(7**5000) / math.log(7), 9))
digits = [int(math.log10(k)) + 1 for k in (9, 10, 99, 100, 12345)]
print(digits)
