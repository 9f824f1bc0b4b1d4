# Complex numbers through format(), str.format and repr.
for c in [0j, 1j, -1j, 1 + 0j, 1.5 + 2.25j, -3 - 4j, 1e-5 + 1e5j, complex(1, float("nan")), complex(float("inf"), -1)]:
    row = []
    for spec in ["", "g", ".2f", ".3e", ">25", "<25.1f", "^25", "+", " .2f", "*>20g", ".0f", "G"]:
        row.append(format(c, spec))
    print(repr(c), str(c), row)
print("{:.1f}|{:>12}|{}".format(2 + 3j, 1j, -0j))
