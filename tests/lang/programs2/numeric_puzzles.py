def fib(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
for n in (10, 90, 200, 500):
    v = fib(n)
    print(n, v if n < 100 else str(v)[:20] + "...", len(str(v)), sum(map(int, str(v))), v.bit_length())
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), collatz(2**100 + 1))
def sieve(n):
    s = bytearray([1]) * (n + 1)
    s[0] = s[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if s[i]:
            s[i*i::i] = bytes(len(range(i*i, n + 1, i)))
    return [i for i, v in enumerate(s) if v]
p = sieve(1000)
print(len(p), p[-5:], sum(p))
def gcd(a, b):
    while b: a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0: n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Frac(-self.n, self.d)
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): return self * Frac(o.d, o.n)
    def __eq__(self, o): return isinstance(o, Frac) and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __float__(self): return self.n / self.d
h = sum(Frac(1, k) for k in range(1, 21))
print(h, float(h), repr(Frac(6, -4)))
print(sorted([Frac(1, 3), Frac(1, 2), Frac(-1, 5)]), Frac(1, 2) == Frac(2, 4), len({Frac(1, 2), Frac(2, 4)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
e = sum(Frac(1, fact) for fact in [1, 1, 2, 6, 24, 120, 720, 5040])
print(e, "%.10f" % float(e))
print(f"{'x':>6}{'sqrt':>12}{'exp':>14}{'pct':>8}")
import math
for x in (0.5, 1, 2.5, 10, 123.456):
    print(f"{x:>6}{math.sqrt(x):>12.6f}{math.exp(x):>14.4e}{x/200:>8.1%}")
for v in (1e16, 1.5e-7, 123456789.0, 0.1 + 0.2, 1/3, -0.0, float("inf"), 2.5, 3.5, 1e22, 12345.678):
    print(repr(v), str(v), f"{v:g}", f"{v:.3g}", f"{v:,.2f}", f"{v:e}", round(v, 2) if math.isfinite(v) else v, format(v, "10.3"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5, -1), round(15, -1), round(25, -1))
print(2**64 // 3, -7 // 2, -7 % 3, divmod(-17, 5), pow(3, 200, 1000007), pow(2, -1, 7))
print(int("1_000"), int("ff", 16), hex(255), oct(-8), bin(10), f"{1234567:,}", f"{1234567:_x}", f"{-42:08d}", f"{42:+#x}")
print(10**30 / 7, 10**30 // 7, float(10**30), int(1e20), (2**53 + 1) == float(2**53 + 1))
print(sum(int(d) for d in str(2**1000)), math.factorial(30), math.comb(50, 25), math.isqrt(10**20 + 1))
print(7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2), 1e308 * 10, -1e308 * 10)
print(math.gcd(48, 180), math.lcm(4, 6), math.fsum([0.1] * 10), sum([0.1] * 10))
def digits_root(n):
    while n >= 10: n = sum(int(c) for c in str(n))
    return n
print([digits_root(n) for n in (0, 9, 38, 987654321, 2**200)])
print(float.hex(0.1), (0.1).as_integer_ratio(), (2.5).is_integer(), int(-3.9), math.floor(-3.1), math.ceil(-3.9), math.trunc(3.9))
print(str(10**50), repr(1.0 * 10**16), 1e-5, 0.0001, 123e300)
