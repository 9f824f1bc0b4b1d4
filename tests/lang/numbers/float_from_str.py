# float() from strings and other objects.
for s in ["1", "1.5", "-1.5", "  2.5  ", "\n3\t", "1e10", "1E-10", ".5", "5.", "-.5e3", "1_000.5", "1_0e1_0",
          "inf", "-inf", "+inf", "Infinity", "-iNfInItY", "nan", "-nan", "NaN", "0x10" if False else "10",
          "00001.000", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324", "0.1e0000000000000001",
          "123456789012345678901234567890", "١٢٫٥" if False else "12.5"]:
    print(repr(s), repr(float(s)))
for s in ["", " ", "x", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "1_.5", "1._5", "0x10", "inf inity", "infinit",
          "nanx", "--1", "1 2", "1,5", "1e5.5", "\x00", "+-1"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
print(float(b" 1.25 "), float(bytearray(b"-2")), float(7), float(2**70), float(True), float(-0.0))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
for obj in (None, [1], 1j, object()):
    try:
        float(obj)
    except TypeError as e:
        print("TypeError", e)
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    float(1, 2)
except TypeError as e:
    print("TypeError", e)
print(float(), float("  -0.0  "))
