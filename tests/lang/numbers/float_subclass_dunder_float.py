# float() of a float subclass calls its own __float__; float() of objects
# with __float__ returning a float subclass warns (CPython 3.11).
import warnings
class Foo2(float):
    def __float__(self):
        return 42.
class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2*value)
    def __float__(self):
        return self
class Foo4(float):
    def __float__(self):
        return 42
class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1
print(float(Foo2()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(float(Foo3(21)), [str(x.category.__name__) for x in w])
try:
    float(Foo4(42))
except TypeError as e:
    print("TypeError", e)
print(float(FooStr('8')))
import math
print(math.floor(Foo2()), math.sqrt(Foo2()))
