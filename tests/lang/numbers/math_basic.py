import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
for x in (0.0, 0.5, 1.0, 2.0, 10.0, 100.0):
    print(x, math.sqrt(x), math.exp(x), math.log1p(x), math.expm1(x), math.cbrt(x), math.exp2(x))
for x in (1.0, 2.0, 10.0, 1024.0, 0.1, math.e, 1e300, 5e-324):
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 10), math.log(x, 2))
for x in (0.0, 0.5, -0.5, 1.0, math.pi / 6, math.pi / 4, math.pi):
    print(round(math.sin(x), 15), round(math.cos(x), 15), round(math.tan(x), 12), round(math.atan(x), 15))
for x in (-1.0, -0.5, 0.0, 0.5, 1.0):
    print(math.asin(x), math.acos(x), math.atan2(x, 1.0), math.atan2(x, -1.0), math.asinh(x), math.tanh(x), math.sinh(x), math.cosh(x))
print(math.acosh(1.0), math.acosh(2.0), math.atanh(0.5), math.atanh(-0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.fabs(-3), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, float("nan")))
print(math.erf(0), math.erf(1), math.erfc(0), math.erfc(1), math.erf(-3), math.erfc(10))
print(math.gamma(1), math.gamma(5), math.gamma(10), math.gamma(20), math.lgamma(1), math.lgamma(2))
print(math.sqrt(4), math.sqrt(2**100), math.sqrt(10**100), math.exp(0), math.exp(-1000), math.log(10**100))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0), math.pow(float("nan"), 0), math.pow(1, float("nan")))
print(math.pow(-1, float("inf")), math.pow(0.5, float("-inf")), math.pow(float("inf"), -1), math.pow(-0.0, 3))
