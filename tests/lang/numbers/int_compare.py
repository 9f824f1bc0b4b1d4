# Comparisons between ints of every size and with floats.
vals = [-(2**100), -(2**64), -1, 0, 1, 2**30 - 1, 2**30, 2**64, 2**100]
for a in vals:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals[3:6]])
print(sorted(vals, reverse=True) == vals[::-1])
print(max(vals), min(vals), 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > 2.0**53, 2**53 + 1 < 2.0**53 + 2)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"), 10**400 == float("inf"))
print(1 == 1.0, 1 == 1.0000000000000002, 0 == -0.0, 7 == 7 + 0j, (2**60 + 1) == float(2**60))
print(float("nan") == 0, 0 < float("nan"), 5 != float("nan"))
print(1 < 2 < 3, 3 > 2 > 2, 1 == True, 2 == True)
