# ** on floats, including the special cases of C99 Annex F.
inf, nan = float("inf"), float("nan")
bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan]
exps = [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, inf, -inf, nan]
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except ZeroDivisionError:
            row.append("ZDE")
    print(repr(b), " ".join(row))
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2) ** 0.5, type((-8) ** 0.5).__name__)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075, 10.0 ** 308, 1.0000001 ** 1e6)
for b, e in ((10.0, 309), (-10.0, 309), (2.0, 1024), (1e200, 2)):
    try:
        print(b ** e)
    except OverflowError as e:
        print("OverflowError", e)
print(pow(2.0, 3), pow(2, 0.5), pow(4, -0.5), 9 ** 0.5, (-27.0) ** 3)
