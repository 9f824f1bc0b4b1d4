# format() of floats and complex numbers: e/f/g/%/n, precision, z, alignment.
values = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e16, 1e100, 0.5, 2.5,
          float("inf"), float("-inf"), float("nan"), 123456789.0, 0.0001234]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "^+10.2f", "=010.2f", "e", ".3e", "E", "g", ".3g", "G",
         ".0f", "#.0f", "#g", "%", ".1%", ",", ",.2f", "_.3f", "015,.2f", "n", ".3", ".10", "z.1f", "z.0f",
         "+", " ", "*>12.4e", "012", "012.2e", "-.1f"]
for v in values:
    row = []
    for s in specs:
        row.append(format(v, s))
    print(repr(v), row)
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(-0.0, "zg"), format(0.125, ".2f"), format(0.375, ".2f"))
cvals = [1 + 2j, 2j, -1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 1), 1e20 + 1e-20j, complex(float("inf"), float("nan"))]
for c in cvals:
    row = []
    for s in ["", ".2f", "e", "g", ">20", "^20.1f", "+.1f", ".3", "E"]:
        row.append(format(c, s))
    print(repr(c), row)
for v, s in [(1.0, "d"), (1.0, "x"), (1.0, "_n"), (1.0, ",n"), (1.5, "#x"), ("a", ".2f"), (1j, "="),
             (1j, "010"), (1j, "%"), (1.0, "zd"), (1.0, "."), (1.0, "c")]:
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(type(e).__name__, e)
