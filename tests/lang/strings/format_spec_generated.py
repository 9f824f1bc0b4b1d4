class R:
    def __init__(self, s): self.s = s
    def choice(self, seq):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return seq[(self.s >> 33) % len(seq)]
random = R(12345)
parts_fill = ["", "*", "0", "é", " "]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
zs = ["", "z"]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "1", "7", "12"]
groups = ["", ",", "_"]
precs = ["", ".0", ".1", ".3", ".10"]
types = ["", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%"]
vals = [0, 1, -1, 7, -123456789, 2**70, True, 0.0, -0.0, 0.5, -2.5, 123456.789, 1e-9, 1e300, float("inf"), float("-inf"), float("nan"), 1+2j, -0.0-1e-9j, "abc", "", "é"]
out = []
for i in range(2500):
    fill = random.choice(parts_fill)
    al = random.choice(aligns)
    spec = (fill + al if al else "") + random.choice(signs) + random.choice(zs) + random.choice(alts) + random.choice(zeros) + random.choice(widths) + random.choice(groups) + random.choice(precs) + random.choice(types)
    v = random.choice(vals)
    try:
        r = format(v, spec)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(v), repr(spec), repr(r))
