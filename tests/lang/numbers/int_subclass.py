# Subclasses of int keep int arithmetic and return plain ints.
class Celsius(int):
    def __repr__(self):
        return "Celsius(%d)" % int(self)
    def warmer(self, d):
        return Celsius(self + d)
c = Celsius(21)
print(c, repr(c), c + 1, type(c + 1).__name__, c.warmer(3), type(c.warmer(3)).__name__)
print(isinstance(c, int), c == 21, hash(c) == hash(21), c.bit_length(), -c, type(-c).__name__)
print(Celsius("ff", 16), Celsius(3.9), Celsius(), type(abs(c)).__name__, type(+c).__name__)
print(int(c), type(int(c)).__name__, c.real, type(c.real).__name__, c.numerator, type(c.numerator).__name__)
class Flag(int):
    names = {}
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
f = Flag(4, "WRITE")
print(f, f.name, f | 1, type(f | 1).__name__, f * 2)
print(sorted([Celsius(5), 3, Celsius(1)]))
big = Celsius(2**100)
print(big, big // 3, str(big) == str(2**100))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
