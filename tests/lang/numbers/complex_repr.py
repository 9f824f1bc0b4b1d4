# repr() of complex numbers.
inf, nan = float("inf"), float("nan")
for z in [1j, -1j, 0j, -0j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0j, complex(0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
          complex(1e16, 1e-5), complex(inf, nan), complex(nan, inf), complex(-inf, -inf), complex(0, inf), 1e300j * 1e300,
          complex(0.1, 0.2), complex(1 / 3, 2 / 3), 2 ** 0.5 * 1j, complex(123456789012345678, 1), complex(5e-324, -5e-324)]:
    print(repr(z), str(z))
print([complex(i, -i) for i in range(-2, 3)])
print(complex(1, 2).__repr__(), format(complex(1, 2)), "%s" % (1 + 0j))
