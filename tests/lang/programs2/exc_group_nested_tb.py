def stage(xs):
    for x in xs:
        yield 10 // x
def total(xs):
    return sum(v for v in stage(xs))
try:
    total([1, 2, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
raise ExceptionGroup("outer", [ExceptionGroup("inner", [KeyError("k")]), ValueError("v")])
