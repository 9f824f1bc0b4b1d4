def check(x):
    if x < 0:
        raise ValueError(f"neg {x}")
    if x == 0:
        raise ZeroDivisionError("zero")
    return 1 / x
def run_all(xs):
    errs = []
    for x in xs:
        try:
            check(x)
        except Exception as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup("batch", errs)
try:
    run_all([1, -1, 0, -2])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
    raise
except* ZeroDivisionError:
    print("zero handled")
