a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a << 2, a >> 1, a & b, a | b, a ^ b)
print(-a // b, -a % b, 2 ** -1, 2 ** 100, (-8) ** (1 / 3) == (-8) ** (1 / 3))
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
lst = [1]
alias = lst
lst += [2]
print(lst, alias is lst)
t = (1,)
alias = t
t += (2,)
print(t, alias)
s = "ab"
s *= 3
print(s)

class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __rmul__(self, k):
        return Vec(*(k * a for a in self.c))
    def __imatmul__(self, o):
        return "imatmul"
    def __repr__(self):
        return "Vec%r" % (self.c,)

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v @ w, 3 * v)
v @= w
print(v)
for expr in ("1 + 'a'", "[] - []", "None * 2", "1 / 0", "1 // 0", "1 % 0", "'a' @ 'b'", "{} | 1",
             "2 ** 'x'", "1 << -1", "~1.5", "-'s'", "+[]"):
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
print(~5, -(-3), +7, not 0, not [1])
print(1.5 + 2, 7 // 2.0, 7 % -3, divmod(-7, 2), 0.1 + 0.2)
print(True + True, 3 * "ab", [0] * 3, (1, 2) * 2)
