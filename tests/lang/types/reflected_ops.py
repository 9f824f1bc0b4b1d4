# Reflected operators and the subclass-first rule.
class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

    def __add__(self, other):
        print(f"  {type(self).__name__}.__add__")
        if isinstance(other, (int, float)):
            return type(self)(self.v + other)
        if isinstance(other, Meters):
            return type(self)(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        print(f"  {type(self).__name__}.__radd__")
        if isinstance(other, (int, float)):
            return type(self)(other + self.v)
        return NotImplemented

    def __rsub__(self, other):
        print(f"  {type(self).__name__}.__rsub__")
        return type(self)(other - self.v)

    def __rtruediv__(self, other):
        return f"{other} / {self}"

    def __rpow__(self, other):
        return f"{other} ** {self}"

    def __rmatmul__(self, other):
        return f"{other} @ {self}"

    def __rlshift__(self, other):
        return f"{other} << {self}"

    def __rfloordiv__(self, other):
        return f"{other} // {self}"

    def __rmod__(self, other):
        return f"{other} % {self}"

    def __rand__(self, other):
        return f"{other} & {self}"

    def __rdivmod__(self, other):
        return f"divmod({other}, {self})"


class Kilometers(Meters):
    def __radd__(self, other):
        print("  Kilometers.__radd__")
        return Kilometers(other.v / 1000 + self.v if isinstance(other, Meters) else other + self.v)


print(Meters(5) + 3)
print(3 + Meters(5))
print(10 - Meters(4))
print(2 / Meters(1), 2 ** Meters(3), 1 @ Meters(2))
print(1 << Meters(2), 7 // Meters(2), 7 % Meters(2), 6 & Meters(3), divmod(7, Meters(2)))
print("subclass on the right goes first:")
print(Meters(500) + Kilometers(1))
print("same type uses __add__ only:")
print(Kilometers(1) + Kilometers(2))


class Left:
    def __add__(self, other):
        print("  Left.__add__ -> NotImplemented")
        return NotImplemented


class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "right handled it"


print(Left() + Right())
try:
    Right() + Left()
except TypeError as e:
    print(type(e).__name__, e)


class NoRadd(Meters):
    pass


print(NoRadd(1) + Meters(2))
print(5 + NoRadd(1))
try:
    "s" + Meters(1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, Meters(5)))
