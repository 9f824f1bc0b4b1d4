# NotImplemented: letting the other operand (or identity) decide.
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        print(f"  Version.__eq__({other!r})")
        if isinstance(other, Version):
            return self.parts == other.parts
        if isinstance(other, str):
            return ".".join(map(str, self.parts)) == other
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version" + repr(self.parts)


v = Version(1, 2)
print(v == Version(1, 2), v == "1.2", v == "1.3")
print(v == 12)
print(12 == v)
print(v != 12, v != Version(1, 2))
print(v < Version(1, 3), Version(2) > v)
try:
    v < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 >= v
except TypeError as e:
    print(type(e).__name__, e)


class AlwaysNI:
    def __eq__(self, other):
        return NotImplemented

    def __add__(self, other):
        return NotImplemented

    __radd__ = __add__


a = AlwaysNI()
print(a == a, a == AlwaysNI(), a != a)
try:
    a + a
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(type(NotImplemented)() is NotImplemented, NotImplemented.__reduce__())
print(int.__add__(1, "x"), (1).__lt__("x"), object().__eq__(1))
print(list.__eq__([], ()), list.__lt__([], 1))
