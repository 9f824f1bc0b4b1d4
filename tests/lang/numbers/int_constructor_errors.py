# int() from numbers and objects, and its errors.
print(int(), int(3.99), int(-3.99), int(1e20), int(-0.0), int(True), int(2**70))
print(int(1.5e300) % 1000)
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 9
print(int(WithInt()), int(WithIndex()), WithTrunc().__trunc__())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int(float("inf")))
t(lambda: int(float("-inf")))
t(lambda: int(float("nan")))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int(1j))
t(lambda: int("3.0"))
t(lambda: int("  "))
t(lambda: int("1", 2, 3))
t(lambda: int(3, base=10))
class BadInt:
    def __int__(self):
        return "x"
t(lambda: int(BadInt()))
print(int("0"), int("-0"), int("+0"))
