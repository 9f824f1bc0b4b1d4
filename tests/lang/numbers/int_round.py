# round() on ints, with negative ndigits rounding half to even.
for n in (0, 5, 15, 25, 35, 45, -5, -15, -25, 149, 150, 151, 250, 1234567, -1234567, 10**20 + 5 * 10**9):
    print(n, round(n), round(n, 1), round(n, -1), round(n, -2), round(n, -5), round(n, -30))
print(type(round(5, 2)).__name__, round(2**100, -10))
print(round(True), type(round(True)).__name__, round(True, -1))
