class Meters(float):
    def __repr__(self):
        return "Meters(%s)" % float.__repr__(self)
    def __add__(self, other):
        return Meters(float(self) + float(other))
m = Meters(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, type(m * 2).__name__, -m, type(-m).__name__)
print(isinstance(m, float), m == 2.5, hash(m) == hash(2.5), m.is_integer(), m.real, type(m.real).__name__)
print(Meters("1.25"), Meters(3), Meters(), float(m), type(float(m)).__name__, round(m), m.hex())
print(Meters.fromhex("0x1.8p1"), type(Meters.fromhex("0x1.8p1")).__name__)
class Temperature(float):
    def __new__(cls, value, unit="C"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
t = Temperature(21.5, "F")
print(t, t.unit, t + 0.5, sorted([Temperature(3), 1.0, Temperature(2)]))
