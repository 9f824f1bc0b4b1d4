# Every function of cmath on the 7x7 grid of argument kinds (-inf,
# negative, -0, +0, positive, +inf, nan for each part): the C99 Annex G
# special values, the signs of zeros, and which cases raise.
import cmath
import math

inf, nan = math.inf, math.nan
VALUES = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]


def show(x):
    if math.isnan(x):
        return "nan"
    if x == 0.0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    return repr(x)


def result(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return "%s(%s)" % (type(e).__name__, e)
    if isinstance(r, tuple):
        return "(%s)" % ", ".join(show(v) for v in r)
    if isinstance(r, complex):
        return "(%s, %s)" % (show(r.real), show(r.imag))
    return show(r) if isinstance(r, float) else repr(r)


NAMES = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh",
         "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh",
         "phase", "polar", "isfinite", "isinf", "isnan"]
for name in NAMES:
    f = getattr(cmath, name)
    print(name)
    for x in VALUES:
        print("  ", show(x), " ".join(result(f, complex(x, y)) for y in VALUES))

print("rect")
for r in VALUES:
    print("  ", show(r), " ".join(result(cmath.rect, r, phi) for phi in VALUES))
