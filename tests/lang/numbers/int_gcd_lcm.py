import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(7), math.gcd())
print(math.gcd(2**100, 6**50), math.gcd(12, 18, 27), math.gcd(10**40 + 10, 10**30 + 1))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(2, 3, 4, 5, 6, 7, 8, 9, 10))
print(math.lcm(*range(1, 60)))
print(math.gcd(True, 4), type(math.gcd(True, 4)).__name__)
for f in (lambda: math.gcd(1.5, 2), lambda: math.lcm(2, "3"), lambda: math.gcd(4, 2.0)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = ext_gcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
