# Sieve of Eratosthenes on a list of bools; primes via sets too.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(100)
print(primes, len(sieve(10000)))
composites = set(range(2, 101)) - set(primes)
print(len(composites), sorted(composites)[:10])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(dict(sorted(gaps.items())))
