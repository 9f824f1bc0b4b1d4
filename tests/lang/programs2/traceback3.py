def a(n):
    if n == 0:
        raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])
    return a(n - 1)
a(2)
