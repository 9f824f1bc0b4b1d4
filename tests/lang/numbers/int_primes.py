# Prime sieving and Miller-Rabin with big modular arithmetic.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]
ps = sieve(1000)
print(len(ps), ps[:15], ps[-3:], sum(ps))
def is_probable_prime(n):
    if n < 2:
        return False
    for p in ps[:12]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in ps[:12]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
for n in (2**61 - 1, 2**89 - 1, 2**127 - 1, 2**128 + 1, 10**30 + 57, 10**30 + 1, 561, 2**521 - 1):
    print(n % 1000, is_probable_prime(n))
print([n for n in range(10**18, 10**18 + 200) if is_probable_prime(n)])
