# Mixed int / float / complex / bool arithmetic follows the numeric tower.
vals = [True, 3, 2**70, 1.5, -0.25, 2 + 1j]
for a in vals:
    print([type(a + b).__name__ for b in vals], [type(a * b).__name__ for b in vals])
for a in vals:
    for b in vals:
        try:
            r = a / b
        except ZeroDivisionError:
            r = "ZDE"
        print(repr(a), repr(b), a + b, a - b, a * b, r)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__, type((-2) ** 0.5).__name__)
print(7 // 2, 7.0 // 2, -7 // 2.0, 7 % 2.5, True // True)
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int), isinstance(1j, complex))
print(int.__mro__, float.__mro__, complex.__mro__)
