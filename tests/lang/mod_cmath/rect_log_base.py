# rect on finite and special arguments, two-argument log (including the
# cases where only the base's logarithm decides the error), and the
# functions whose results overflow.
import cmath
import math

inf, nan = math.inf, math.nan


def attempt(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return "%s: %s" % (type(e).__name__, e)


for r in [0.0, -0.0, 1.0, -2.0, 1e308, inf, -inf, nan]:
    for phi in [0.0, -0.0, 0.5, -1.5, math.pi, 1e10, inf, -inf, nan]:
        print("rect", repr(r), repr(phi), attempt(cmath.rect, r, phi))

for z in [0, 1, 2, -8, 1j, 0j, 1e-300, 2 + 3j, complex(-0.0, -0.0), inf, nan]:
    for base in [2, 10, 0.5, 1, -1, 1j, 0, math.e, 1 + 1e-15j, inf]:
        print("log", repr(z), repr(base), attempt(cmath.log, z, base))

for z in [complex(710, 0), complex(709.9, 1.0), complex(-710, 0.5), complex(711, 1e-300),
          complex(1e5, 0.0), complex(0.0, 800.0), complex(3.0, 720.0), complex(-746, 0.1)]:
    for name in ["exp", "cosh", "sinh", "tanh", "cos", "sin", "tan"]:
        print(name, repr(z), attempt(getattr(cmath, name), z))

for z in [complex(1.4e308, 1.4e308), complex(1e308, 1e308), complex(inf, nan), complex(3, 4)]:
    print("polar", repr(z), attempt(cmath.polar, z))
    print("abs", repr(z), attempt(abs, z))

# glibc's atan2 reports underflow, which phase (not polar) turns into an error
for z in [complex(1e300, 1e-300), complex(2.3, 5e-324), complex(-1e300, 1e-300), complex(1e300, -1e-10)]:
    print("phase", repr(z), attempt(cmath.phase, z), attempt(cmath.polar, z))
