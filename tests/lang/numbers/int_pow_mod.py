# pow() with and without a modulus.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(pow(3, 200, 1000), pow(3, 200, -1000), pow(-3, 201, 1000))
print(pow(7, -1, 13), pow(3, -2, 11), pow(-5, -1, 7), pow(5, -1, -7))
print(pow(2, 1000, 10**9 + 7), pow(10**30, 10**5, 998244353))
print(pow(5, 0, 1), pow(5, 3, 1), pow(0, 0, 7))
def t(*args):
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
t(2, -1, 4)
t(2, 3, 0)
t(2, -1, 0)
t(0, -1)
t(2.0, 3, 5)
t(2, 0.5, 3)
# a small RSA round trip
p, q = 1000003, 1000033
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
msg = 123456789012
c = pow(msg, e, n)
print(d, c, pow(c, d, n) == msg)
print(pow(123456789, 98765, 2**127 - 1))
