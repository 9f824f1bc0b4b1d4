# Integer loops: small-int arithmetic, comparisons and jumps.
def collatz_steps(limit):
    longest, best = 0, 0
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > longest:
            longest, best = steps, start
    return best, longest

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)

print(collatz_steps(150000))
print(sieve(1500000))
