def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i*i::i] = [False] * len(range(i*i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(len(ps), ps[:10], ps[-3:], sum(ps))
print(gcd(1071, 462), gcd(-12, 18), gcd(0, 0))
import math
print(math.gcd(2**64, 6**40), math.lcm(4, 6, 10), math.isqrt(10**40 + 1), math.comb(50, 25), math.perm(10, 3))
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), str(f).count("0"), f % (10**9 + 7), math.factorial(30) == f // math.prod(range(31, 101)))
print(pow(3, 10**6, 10**9 + 7), pow(2, -1, 97), pow(7, 0, 1), pow(-3, 3), (-3) ** 0.5)
def modinv(a, m):
    g, x = m, 0
    return pow(a, -1, m)
print([modinv(a, 11) for a in range(1, 11)])
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 1000), key=collatz)
print(best, collatz(best))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(-7.5, 2))
print(2**100, -(2**100) // 3, (2**100) >> 90, 1 << 70, (2**70) & (2**70 - 1), ~(2**65), -(2**65) | 7, (2**65) ^ -1)
print(int("ff", 16), int("0b101", 0), int("  -42  "), int("1_000"), hex(-255), oct(8), bin(-5), int("z", 36))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True), (1024).bit_length(), (255).bit_count())
print(10**20 / 3, 10**20 // 3, 2**53 + 1.0, float(2**1023) * 2, 1e308 * 10, -1e308 * 10)
try:
    float(2**1024)
except OverflowError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
print(math.sqrt(2), math.pi, math.e, math.inf, -math.inf, math.nan, math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.log(1024, 2), math.log10(1000), math.log2(8), math.exp(1), math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.copysign(1, -0.0), math.fabs(-3), math.fmod(-7, 3), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
print(sum(range(10**6)), sum(i * i for i in range(1000)), max(range(10), key=lambda x: -x), abs(-2**70))
print(round(123.456, 1), round(-0.5), round(2.5), round(3.5), round(10**20 + 0.5), round(1.23456789e10, -5), int(1e20), int(-3.9))
print(True + True, True * 3, -True, ~True, True / 2, int(True), str(True), bool(0.0), bool(-0.0), bool(1j))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), (1j) ** 2, complex("1+2j"))
fibs = [0, 1]
while len(fibs) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[-1] % 1000000, len(str(fibs[-1])))
print(float("inf") > 10**400, 10**400 > float("inf"), 10**400 == float("inf"), 2**53 == 2.0**53, 2**53 + 1 == 2.0**53 + 1)
