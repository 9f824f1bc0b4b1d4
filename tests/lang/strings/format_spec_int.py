# format() of ints with the whole mini-language.
values = [0, 7, -7, 42, -1234567, 255, 10**20, -10**20, True]
specs = ["", "d", "5d", "<5d", "^7d", "=+8d", "+d", " d", "-d", ",", "_", "015,", "010_", "0=10,",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b", "#012_x", "n", "e", ".2f", "%", ".1%",
         "g", "*^10", "x>8", "#010x", "+#o", "08.3f", ",.2f"]
for v in values:
    row = []
    for s in specs:
        row.append(format(v, s))
    print(v, row)
print(format(65, "c"), format(0x263A, "c"), format(97, "^5c"), repr(format(10, "c")))
for v, s in [(1, "abc"), (1, "s"), (1.5, "d"), (1, ",_"), (1, "_,"), (1, ",c"), (1, ".2d"), (1, ".2c"),
             (1, "z"), (1, "+c"), (1, "#c"), (1, ",n"), (1, "%%"), (1, "5.5.5"), (1, ",,"), (-1, "c"),
             (0x110000, "c"), (1, "."), (1, "99999999999999999999"), (2**70, "c"), (1, "\x00<5"), (1, "\u0394")]:
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(type(e).__name__, e)
