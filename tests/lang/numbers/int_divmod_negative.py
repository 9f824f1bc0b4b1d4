# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10**20), (-1, 10**20),
         (10**30, 7), (-10**30, 7), (10**30, -7), (2**100 + 1, 2**50), (-(2**100 + 1), 2**50 + 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)
for a, b in [(5, 0), (0, 0), (10**40, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
print([i % 3 for i in range(-6, 7)])
print([i // 3 for i in range(-6, 7)])
print([-i % 4 for i in range(10)])
