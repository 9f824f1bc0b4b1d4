# Complex arithmetic.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a.real, a.imag)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, 1j * 1j, 1j ** 2, (1 + 1j) ** 8)
zs = [1j, -1j, 2 + 0j, 0.5 - 1.5j, 1e300 + 1e300j, 1e-300j, complex(3, -0.0)]
for x in zs:
    print([x + y for y in zs[:3]], [x * y for y in zs[:3]], [x / y for y in zs[:3]])
print(sum([1 + 2j, 3 - 1j, 0.5j]), abs(1e308 + 1e308j) if False else abs(3e200 + 4e200j))
roots = []
for k in range(6):
    import math
    roots.append(complex(round(math.cos(2 * math.pi * k / 6), 12), round(math.sin(2 * math.pi * k / 6), 12)))
print(roots)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1j % 2)
t(lambda: 1j // 2)
t(lambda: divmod(1j, 2))
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: int(1j))
t(lambda: float(1 + 0j))
t(lambda: round(1j))
t(lambda: 1j < 2j)
t(lambda: 1j >= 1)
