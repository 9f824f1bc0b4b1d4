# Argument conversion: complex, float, int (any size), __complex__,
# __float__, __index__, complex subclasses, and the TypeErrors for
# everything else; argument-count and keyword errors.
import cmath
import warnings


class WithComplex:
    def __init__(self, v):
        self.v = v

    def __complex__(self):
        return self.v


class WithFloat:
    def __float__(self):
        return -6.5


class WithBoth:
    def __float__(self):
        return 2.0

    def __complex__(self):
        return 1 + 1j


class WithIndex:
    def __index__(self):
        return 3


class OnlyInt:
    def __int__(self):
        return 3


class Boom(Exception):
    pass


class Raising:
    def __complex__(self):
        raise Boom("from __complex__")


class SubComplex(complex):
    pass


class SubFloat(float):
    pass


def attempt(f, *args, **kw):
    try:
        return repr(f(*args, **kw))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


args = [2, -3, 2.5, 1 + 2j, True, 10 ** 20, 10 ** 400, WithComplex(0.5 - 1j), WithFloat(),
        WithBoth(), WithIndex(), OnlyInt(), Raising(), WithComplex(1.5), WithComplex("x"),
        WithComplex(None), SubComplex(1, 1), SubFloat(0.25), "1j", None, [1], b"1"]
for name in ["sqrt", "exp", "log", "phase", "polar", "isnan", "isinf", "isfinite", "atanh"]:
    f = getattr(cmath, name)
    for a in args:
        print(name, type(a).__name__, attempt(f, a))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(cmath.sqrt(WithComplex(SubComplex(4, 0))))
    for w in caught:
        print(w.category.__name__, w.message)

print(attempt(cmath.rect, 1j, 0))
print(attempt(cmath.rect, 1, "0"))
print(attempt(cmath.rect, WithIndex(), WithFloat()))
print(attempt(cmath.rect, 2))
print(attempt(cmath.rect, 1, 2, 3))
print(attempt(cmath.rect, r=1, phi=2))
print(attempt(cmath.log))
print(attempt(cmath.log, 1, 2, 3))
print(attempt(cmath.log, 1, base=2))
print(attempt(cmath.log, 8, "2"))
print(attempt(cmath.log, 8, WithComplex(2j)))
print(attempt(cmath.sqrt))
print(attempt(cmath.sqrt, 1, 2))
print(attempt(cmath.sqrt, z=1))
print(attempt(cmath.polar))
for name in ["acos", "tanh", "isfinite", "log", "rect", "isclose", "polar"]:
    print(name, getattr(cmath, name).__text_signature__)
