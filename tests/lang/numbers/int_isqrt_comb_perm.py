import math
for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52, 2**52 + 1, 2**64, 10**40, 10**41, 2**1001 + 5):
    r = math.isqrt(n)
    print(n if n < 10**20 else "big", r if r < 10**20 else r % 10**9, r * r <= n < (r + 1) ** 2)
print(math.comb(10, 3), math.comb(52, 5), math.comb(100, 50), math.comb(5, 7), math.comb(0, 0), math.comb(10**20, 2))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(5, 7), math.perm(30, 30) == math.factorial(30))
print(math.comb(1000, 500) % 10**20, len(str(math.comb(2000, 1000))))
print(sum(math.comb(20, k) for k in range(21)) == 2**20)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.isqrt(-1))
t(lambda: math.isqrt(2.0))
t(lambda: math.comb(-1, 2))
t(lambda: math.comb(5, -2))
t(lambda: math.perm(-3))
t(lambda: math.comb(5.0, 2))
t(lambda: math.comb(5))
