# The format() builtin and __format__ protocol across types.
print(format(42), format(42, ""), format("s"), format(1.5), format(None), format([1, 2]), format(True), format(3j))
print(format(True, "d"), format(False, ">5"), format(True, "^7"), format(1.5, "") == str(1.5))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(format(t, ".1F"), format(t, ".0f"), "{:.2F}".format(t), "{0:>8}".format("x"))
for bad in [lambda: format(object(), "x"), lambda: format(None, "s"), lambda: format([1], ">5"), lambda: format(1, 5),
            lambda: format(1, "=^"), lambda: format("x", "=")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(format(object(), "") != "", object.__format__(3, ""), int.__format__(5, "03"), str.__format__("a", "^3"))
