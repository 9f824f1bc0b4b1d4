# Unary operators and numeric conversions: __neg__, __index__, __int__, __float__...
class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return Num(~self.v)

    def __index__(self):
        return self.v

    def __float__(self):
        return float(self.v) + 0.5

    def __complex__(self):
        return complex(self.v, 1)

    def __round__(self, ndigits=None):
        return f"round({self.v}, {ndigits})"

    def __trunc__(self):
        return self.v

    def __repr__(self):
        return f"Num({self.v})"


n = Num(5)
print(-n, +n, abs(Num(-3)), ~n)
print(int(n), float(n), complex(n), round(n), round(n, 2))
print(bin(n), oct(n), hex(n), "abcdefgh"[n], list(range(n)), [0] * n)
print("abcdefgh"[Num(1):Num(4)], operator_like := n.__index__())


class IntOnly:
    def __int__(self):
        return 7


print(int(IntOnly()))
try:
    [1, 2][IntOnly()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(IntOnly())
except TypeError as e:
    print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return "1"


class BadInt:
    def __int__(self):
        return 1.5


class BadFloat:
    def __float__(self):
        return 1


for fn, obj in ((hex, BadIndex()), (int, BadInt()), (float, BadFloat())):
    try:
        fn(obj)
    except TypeError as e:
        print(type(e).__name__, e)
for op in (lambda: -"s", lambda: +[], lambda: ~1.5, lambda: abs("x")):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
for conv in (int, float):
    try:
        conv([1])
    except TypeError as e:
        print(type(e).__name__, e)
print(int("12"), int(b"34"), float("1.5"), int(True), float(False), int(3.9), int(-3.9))
try:
    int(b"x")
except ValueError as e:
    print(type(e).__name__, e)


class Both:
    def __index__(self):
        return 1

    def __int__(self):
        return 2


print(int(Both()), [10, 20, 30][Both()], float(Both()))
