import sys
sys.set_int_max_str_digits(0)
xs = [0, 1, 2**30-1, 2**30, 2**60-1, 2**90-1, 3**100, 7**1000, 10**2000, 2**4199-1, 3**20000, -(5**3000), (2**(30*140)-1), (2**(30*141)-1)]
for x in xs:
    y = x * x
    z = x * (x + 0)  # different object: general product
    print(y == z, y.bit_length(), hash(y), y == abs(x) ** 2, pow(x, 3) == y * x, y % 1000000007)
h = 0
v = 12345
for i in range(200):
    v = v * v % (2**(30*(i % 150) + 7) - 1) + i
    h ^= hash(v)
print(h)
