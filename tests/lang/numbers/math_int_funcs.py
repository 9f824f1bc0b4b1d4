import math
print([math.factorial(n) for n in range(15)])
print(math.factorial(50), math.factorial(3000).bit_length(), math.factorial(100) % (10**9 + 7))
print(math.factorial(True), math.factorial(0))
print(str(math.factorial(1000))[:40], str(math.factorial(1000)).count("0"))
def trailing_zeros(n):
    s = str(math.factorial(n))
    return len(s) - len(s.rstrip("0"))
print([trailing_zeros(n) for n in (5, 10, 25, 100, 125, 1000)])
print([math.comb(6, k) for k in range(8)], [math.perm(6, k) for k in range(8)])
pascal = [[math.comb(n, k) for k in range(n + 1)] for n in range(8)]
for row in pascal:
    print(row)
print(math.isqrt(10**100) == 10**50, math.isqrt(10**100 - 1) == 10**50 - 1, math.isqrt(2**127))
print([math.isqrt(n) for n in range(30)])
