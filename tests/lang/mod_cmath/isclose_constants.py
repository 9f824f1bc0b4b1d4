# cmath.isclose (complex arguments, keyword-only tolerances and their
# errors) and the module's constants.
import cmath
import math


def attempt(*args, **kw):
    try:
        return repr(cmath.isclose(*args, **kw))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


inf, nan = math.inf, math.nan
pairs = [(1j, 1j), (1 + 1j, 1.000000000001 + 1j), (1 + 1j, 1 + 1.0000001j), (0.001j, 0),
         (1e-10, 0), (inf, inf), (complex(inf, 0), complex(inf, 1)), (complex(0, inf), complex(0, inf)),
         (complex(nan, 0), complex(nan, 0)), (nan, 1), (-inf, inf), (1e308 + 1e308j, -1e308 - 1e308j),
         (0.001 - 0.001j, 0.001 + 0.001j)]
for a, b in pairs:
    print(repr(a), repr(b), attempt(a, b), attempt(a, b, rel_tol=1e-6), attempt(a, b, abs_tol=2e-3),
          attempt(a, b, rel_tol=0.0, abs_tol=0.0))

print(attempt(1, 1, rel_tol=-1))
print(attempt(1, 1, abs_tol=-1e-300))
print(attempt(1, 1, rel_tol=1j))
print(attempt(1, 1, abs_tol="0"))
print(attempt(1, 1, 1))
print(attempt(1))
print(attempt())
print(attempt(1, 1, foo=1))
print(attempt(1, 1, a=1))
print(attempt(a=1j, b=1j))
print(attempt(b=1, a=1.0000000001))
print(attempt("1", 1))
print(attempt(1, None))
print(attempt(True, 1, rel_tol=True, abs_tol=0))

for name in ["pi", "e", "tau", "inf", "infj", "nan", "nanj"]:
    v = getattr(cmath, name)
    print(name, type(v).__name__, repr(v))
print(math.copysign(1.0, cmath.nanj.real), math.copysign(1.0, cmath.infj.real))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
print(cmath.__name__, cmath.__doc__)
