# Errors raised by the math module.
import math
calls = [("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("log", (0.0,)), ("log2", (-2,)), ("log10", (0,)),
         ("log1p", (-1,)), ("log1p", (-2,)), ("acos", (2,)), ("asin", (-1.5,)), ("acosh", (0.5,)), ("atanh", (1,)),
         ("atanh", (-1,)), ("exp", (1000,)), ("exp2", (2000,)), ("expm1", (1000,)), ("cosh", (1000,)), ("sinh", (-1000,)),
         ("sin", (math.inf,)), ("cos", (-math.inf,)), ("tan", (math.inf,)), ("gamma", (0,)), ("gamma", (-1,)),
         ("gamma", (-2.0,)), ("gamma", (200,)), ("lgamma", (0,)), ("lgamma", (-3,)), ("pow", (0, -1)), ("pow", (-8, 1 / 3)),
         ("pow", (10, 400)), ("fmod", (1, 0)), ("fmod", (math.inf, 1)), ("remainder", (1, 0)), ("remainder", (math.inf, 2)),
         ("ldexp", (1.0, 10000)), ("ldexp", (1.0, 1.5)), ("factorial", (-1,)), ("factorial", (5.0,)), ("factorial", (10**20,)),
         ("sqrt", ("4",)), ("sqrt", (None,)), ("sqrt", (10**400,)), ("log", (1, 1)), ("log", (10, 0)), ("log", (0, 10)),
         ("log", ()), ("log", (1, 2, 3)), ("atan2", (1,)), ("hypot", ("a",)), ("isqrt", (-4,)), ("comb", (5,)),
         ("copysign", (1,)), ("dist", ([1], [1, 2])), ("isclose", (1, 2)), ("ulp", ("x",)), ("frexp", ("x",))]
for name, args in calls:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
try:
    math.isclose(1, 1.0, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
print(math.log(-0.0) if False else "skip", math.exp(-math.inf), math.exp(math.inf), math.sqrt(math.inf), math.isnan(math.sqrt(math.nan)))
