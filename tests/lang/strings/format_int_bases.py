# int formatting in every base with grouping and padding.
for v in [0, 1, 5, 15, 16, 255, 256, 1023, 65535, 65536, -1, -255, 2**32, 2**64 - 1]:
    row = []
    for spec in ["b", "o", "x", "X", "#b", "#o", "#x", "#X", "_b", "_o", "_x", "#_x", "08b", "#010b", "+x", " x", "#>12x", "#<12o", "^#12X"]:
        row.append(format(v, spec))
    print(v, row)
print(bin(10), oct(10), hex(10), hex(-255), "%x" if False else format(3735928559, "X"))
