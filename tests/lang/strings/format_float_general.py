# 'g' and the no-type format across magnitudes.
vals = [0.0, 1e-10, 1.5e-5, 0.0001, 0.001, 0.1, 1.0, 10.0, 123.456, 1e5, 123456.0, 1e6, 1234567.0, 1e15, 1e16, 1e17, 1.7976931348623157e308, 5e-324]
for v in vals:
    row = []
    for spec in ["", "g", ".1g", ".3g", ".10g", "#g", "#.3g", ".3", ".0", "G", "n", "e", ".0e", "f", ".1f", "%"]:
        row.append(format(v, spec))
    print(repr(v), row)
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(0.125, ".2f"), format(2.675, ".2f"))
