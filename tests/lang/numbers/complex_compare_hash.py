print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1j, 1j != 2j, 2 == 2 + 0j, 2 + 1j == 2, (2**53 + 1) == complex(2**53 + 1))
print(complex(2**60) == 2**60, complex(2**60) == 2**60 + 1, 0j == 0, -0j == 0.0, 1j == "1j", 1j != None)
for op in ("<", "<=", ">", ">="):
    for a, b in ((1j, 2j), (1j, 1), (1, 1j), (1.0, 1j)):
        try:
            eval("a %s b" % op)
        except TypeError as e:
            print("TypeError", e)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(-1 - 1j), hash(complex(2**61, 1)))
print(len({1, 1.0, 1 + 0j, 2j, 2j + 0}), {0j: "zero"}[0], {1.5: "x"}[1.5 + 0j])
print(1j in [1, 2j, 1j], [1j, 2j].index(2j), sorted([3, 1, 2], key=lambda v: complex(v).real))
