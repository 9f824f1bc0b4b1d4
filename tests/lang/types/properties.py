# property: getters, setters, deleters, validation and documentation.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
t.celsius = 10
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fset, Temperature.celsius.fget.__name__)
print(Temperature.__dict__["celsius"] is Temperature.celsius)

# the instance dict cannot shadow a property
t.__dict__["fahrenheit"] = "shadow"
print(t.__dict__["fahrenheit"], type(t.fahrenheit).__name__)


def get_x(self):
    return self._x


def set_x(self, v):
    self._x = v * 10


class Old:
    x = property(get_x, set_x, None, "the x")
    y = property()


o = Old()
o.x = 4
print(o.x, Old.x.__doc__)
try:
    o.y
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 1)
try:
    p.__set__(o, 2)
except AttributeError as e:
    print(type(e).__name__, e)
print(p.__get__(None, Old) is p, p.__get__(o))


class Base:
    @property
    def value(self):
        return "base"


class Derived(Base):
    @Base.value.getter
    def value(self):
        return "derived"


print(Base().value, Derived().value)
print(property.__isabstractmethod__.__class__.__name__, Old.x.__isabstractmethod__)
