# Left and right shifts, including negative numbers and huge counts.
for n in (1, -1, 7, -7, 2**31, -(2**31) - 1, 12345678901234567890):
    print(n, [n << k for k in (0, 1, 29, 30, 31, 64)], [n >> k for k in (0, 1, 3, 30, 31, 64, 200)])
print(-1 >> 1000, 1 >> 1000, -(2**100) >> 99, (-(2**100) - 1) >> 99)
print((1 << 1000) >> 998, 5 << 0)
for a, b in ((1, -1), (1, -100)):
    for op in ("<<", ">>"):
        try:
            print(eval("a %s b" % op))
        except ValueError as e:
            print("ValueError", e)
print(1 >> 10**30, -5 >> 10**30, 0 << 10**30)
try:
    1 << 10**30
except OverflowError as e:
    print("OverflowError", e)
