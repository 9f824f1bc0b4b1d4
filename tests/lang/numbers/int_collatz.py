# Collatz sequences: lots of small-int arithmetic.
def steps(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
best = max(range(1, 20000), key=steps)
print(best, steps(best))
print([steps(n) for n in range(1, 30)])
n = 2**100 + 1
peak = n
c = 0
while n != 1:
    n = n >> 1 if n & 1 == 0 else 3 * n + 1
    peak = max(peak, n)
    c += 1
print(c, peak.bit_length())
