# round() for floats: half to even, correctly rounded for ndigits.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000000001, 1e16 + 2, 2.0**52 + 0.5):
    print(repr(x), round(x), type(round(x)).__name__)
for x, n in ((2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (1234.5678, -2), (1250.0, -2),
             (1350.0, -2), (-1250.0, -2), (0.1, 20), (123.456, 1), (5e-324, 400), (1e300, -299), (1.7e308, -305),
             (15.0, -1), (25.0, -1), (0.0, 3), (-0.0, 3), (float("inf"), 2), (float("nan"), 1), (7.25, None),
             (1e15 + 0.3, 1), (99.95, 1), (0.045, 2), (-0.045, 2), (123456.0, -400)):
    print(repr(x), n, repr(round(x, n)))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
prices = [19.995, 0.335, 2.345, 1.115, 10.005]
print([round(p, 2) for p in prices])
print(round(1.5, 0), type(round(1.5, 0)).__name__)
