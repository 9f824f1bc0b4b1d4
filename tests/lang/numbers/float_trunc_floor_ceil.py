import math
vals = [0.0, -0.0, 0.4, 0.5, 0.6, -0.4, -0.5, -0.6, 1.5, -1.5, 2.5, 1e16 + 1, -1e20, 123.999, 2.0**80]
for v in vals:
    print(repr(v), int(v), math.trunc(v), math.floor(v), math.ceil(v), round(v), v.__trunc__(), v.__floor__(), v.__ceil__())
for name in ("trunc", "floor", "ceil"):
    for v in (float("inf"), float("nan")):
        try:
            print(getattr(math, name)(v))
        except (OverflowError, ValueError) as e:
            print(name, type(e).__name__, e)
print(math.floor(5), math.ceil(-5), math.trunc(7), math.floor(True))
class Up:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "trunced"
print(math.floor(Up()), math.ceil(Up()), math.trunc(Up()))
for f in (math.floor, math.ceil, math.trunc):
    try:
        f("3")
    except TypeError as e:
        print("TypeError", e)
