# Fibonacci numbers and a fast-doubling check with big ints.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_fast(n):
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return go(n)[0]
for n in (0, 1, 2, 10, 50, 90, 93, 94, 100, 300):
    print(n, fib_iter(n))
print(fib_fast(1000) == fib_iter(1000))
f = fib_fast(10000)
print(len(str(f)), str(f)[:20], f % 1000000007)
print(fib_fast(20000) % (2**64))
