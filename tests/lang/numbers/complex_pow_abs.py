# Powers and absolute values of complex numbers.
for b in (1j, 1 + 1j, -1 + 0j, 2 - 3j, 0.5j, -8 + 0j):
    print([b ** e for e in (0, 1, 2, 3, -1, -2, 10)])
    print(b ** 0.5, b ** (1 + 1j), abs(b))
print((-8) ** (1 / 3), (-1) ** 0.5, 2 ** (1 + 1j), 1j ** 1j, pow(1j, 2), (2 + 0j) ** 100)
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)), abs(1e300 + 1e300j))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 0j ** -1)
t(lambda: 0j ** (1 + 1j))
t(lambda: 0j ** 0)
t(lambda: 0j ** 2)
t(lambda: pow(1j, 2, 3))
t(lambda: (1e200 + 1e200j) ** 2)
t(lambda: (1e300 + 1e300j) ** 10)
t(lambda: (10 + 10j) ** 300.5)
