# Methods and attributes of int.
for n in (0, 1, -1, 255, -256, 2**100, -(2**100) + 1, 10**30):
    print(n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((5).__index__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (-5).__abs__(), (5).__neg__(), (5).__pos__())
print(int.__sizeof__(0) > 0, (7).__getnewargs__(), (True).real, type(True.real).__name__)
print(hasattr(1, "is_integer"))
print((10).__add__(5), (10).__radd__(5), (10).__sub__(3), (10).__rsub__(3), (10).__mul__(2.0), (10).__truediv__(4))
print((10).__floordiv__(4), (10).__mod__(4), (10).__divmod__(4), (10).__pow__(2), (2).__rpow__(10), (6).__and__(3))
print((1).__lt__(2), (1).__eq__(1.0), (1).__ne__(2), (3).__bool__(), (0).__bool__(), (3).__float__(), (3).__int__())
import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-(2**90)))
print(format(255, "x"), format(-42, "d"), format(1234567, ","))
