# cmath on finite arguments chosen to stress the algorithms: near the
# branch points +-1 and +-i, on the branch cuts (signed zeros pick the
# side), tiny and subnormal parts, parts near the overflow threshold,
# and |z| near 1 for log.  Results must agree with CPython to the bit.
import cmath

VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-300, -5e-324, 2.2250738585072014e-308,
          1e300, -1.7e308, 709.5, -711.0, 1 - 1e-16, 1 + 2e-16, 0.71, 1.73,
          7e153, 1e-155, 3.25]
NAMES = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh",
         "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh",
         "phase", "polar"]

for name in NAMES:
    f = getattr(cmath, name)
    for x in VALUES:
        out = []
        for y in VALUES:
            try:
                r = f(complex(x, y))
            except (ValueError, OverflowError) as e:
                r = type(e).__name__
            out.append(repr(r))
        print(name, repr(x), " ".join(out))

# a few values that exercise log's |z| ~ 1 path and atanh next to its pole
for z in [complex(0.6, 0.8), complex(0.8, -0.6), complex(1.0, 1e-200), complex(-1.0, -1e-170),
          complex(1.0000001, 0.0), complex(0.9999999, -0.0), complex(-1e-20, 1.0)]:
    print(repr(z), repr(cmath.log(z)), repr(cmath.atanh(z)), repr(cmath.atan(z)), repr(cmath.sqrt(z)))
