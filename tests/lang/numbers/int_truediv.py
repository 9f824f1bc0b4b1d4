# True division of ints is correctly rounded, even for huge operands.
pairs = [(1, 3), (2, 3), (-7, 2), (10**30, 3), (10**400, 10**399), (1, 10**400), (-1, 10**400), (2**1023 * 3, 2),
         (2**1080, 2**60), (3**700, 7**400), (10**20 + 1, 10**20), (123456789123456789123456789, 987654321987654321),
         (2**54 + 1, 2), (2**53 + 1, 1), (6, -4), (0, -5), (2**-1074 and 1, 2**1074), (1, 2**1075), (3, 2**1076)]
for a, b in pairs:
    print(a / b)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print((10**310) / (10**300), (2**2000 + 2**1000) / 2**1000)
print(sum(1 / n for n in range(1, 1000)))
