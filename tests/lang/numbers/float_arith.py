# Float arithmetic, floor division and modulo with signs.
vals = [0.5, -0.5, 1.5, -2.25, 3.0, 7.0, -7.0, 0.1, 1e300, 1e-300]
for a in vals:
    for b in vals[:7]:
        print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 + 0.2 - 0.3)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, 0.0 % 5, -0.0 % 5, 3.0 % float("inf"), -3.0 % float("inf"))
print(divmod(-7.5, 2), divmod(7, 0.5), divmod(1e300, 1e-300)[1], 5.0 // 0.1, 5.0 % 0.1)
print(-(0.0), abs(-0.0), +(-0.0), -(-1.5))
print(1 + 2.0, 2.0 * 3, 10 / 4, 10 // 4.0, 2**0.5, 2.0**-1, 3 - 0.5, True + 0.5)
total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total, (6 * total) ** 0.5)
