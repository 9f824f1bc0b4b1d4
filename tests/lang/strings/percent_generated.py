class R:
    def __init__(self, s): self.s = s
    def choice(self, seq):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return seq[(self.s >> 33) % len(seq)]
random = R(777)
flags = ["", "-", "+", " ", "#", "0", "-0", "+#0", " -#", "0+"]
widths = ["", "1", "6", "*"]
precs = ["", ".", ".0", ".2", ".*", ".12"]
mods = ["", "", "", "l", "h", "L"]
convs = list("diouxXeEfFgGcrsa%") + ["y", "("]
vals = [0, 5, -5, 25, 2**65, True, 0.0, -0.0, 2.5, -1e-5, 1e20, float("inf"), float("nan"), "s", "é", "", None, [1], 65, 0x20ac - 8300]
for i in range(1500):
    spec = "%" + random.choice(flags) + random.choice(widths) + random.choice(precs) + random.choice(mods) + random.choice(convs)
    fmt = random.choice(["", "a", "é"]) + spec + random.choice(["", "|", "%s"])
    args = [random.choice(vals) for _ in range(4)]
    n = random.choice([0, 1, 2, 3, 4])
    a = tuple(args[:n]) if random.choice([0, 1, 1]) else args[0]
    try:
        r = fmt % a
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(fmt), repr(a), repr(r))
    bf = fmt.encode("utf-8")
    ba = tuple(x.encode() if isinstance(x, str) else x for x in a) if isinstance(a, tuple) else a
    try:
        r = bf % ba
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(bf), repr(r))
