# Arithmetic operator overloading on a small vector class.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)

    def __repr__(self):
        return f"Vec{self.c}"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, other.c)))

    def __sub__(self, other):
        return Vec(*(a - b for a, b in zip(self.c, other.c)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))

    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))

    def __neg__(self):
        return Vec(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.c))

    def __matmul__(self, other):
        return f"matmul {self} {other}"

    def __pow__(self, n, mod=None):
        return Vec(*(pow(a, n, mod) for a in self.c))

    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))

    def __and__(self, other):
        return Vec(*(a & b for a, b in zip(self.c, other.c)))

    def __or__(self, other):
        return Vec(*(a | b for a, b in zip(self.c, other.c)))

    def __xor__(self, other):
        return Vec(*(a ^ b for a, b in zip(self.c, other.c)))

    def __divmod__(self, k):
        return (self // k, self % k)


a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a + b, b - a, a * 2, 3 * a, a * b)
print(b / 2, b // 4, b % 4, -a, +a, abs(Vec(3, 4)), ~a)
print(a @ b, a ** 2, pow(b, 2, 7), a << 1)
print(a & b, a | b, a ^ b, divmod(b, 4))
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >> 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(Vec.__add__(a, b), a.__mul__(3), Vec.__rmul__(a, 2))
print(sum([a, b], Vec(0, 0, 0)))
