class R:
    def __init__(self, s): self.s = s
    def choice(self, seq):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return seq[(self.s >> 33) % len(seq)]
random = R(4242)
strs = ["", "a", "abcabc", "  a b\tc\n", "aé€😀", "\u3000x\u3000", "AbC dEf", "a\r\nb\rc\nd\x0be\x1cf\u2028", "xxyxx", "ǅ", "ß", "Σσς", "1²٣½", "a\tb\tc", "-42", "+0", "__init__", "\udc80"]
args = [None, 0, 1, -1, 2, 5, -100, 100, 2**63, "", "a", "b", "x", "ab", "é", " ", "\t", "😀", ("a", "b"), ("",), (), 1.5, b"a", [1], {97: "z"}, "\udc80"]
meths = ["split", "rsplit", "splitlines", "partition", "rpartition", "strip", "lstrip", "rstrip", "find", "rfind", "index", "rindex", "count", "replace", "startswith", "endswith", "join", "center", "ljust", "rjust", "zfill", "expandtabs", "translate", "encode", "removeprefix", "removesuffix", "upper", "lower", "title", "capitalize", "swapcase", "casefold", "isalpha", "isdigit", "isspace", "istitle", "isidentifier", "isascii", "__getitem__", "__contains__", "__mul__", "__add__", "__mod__", "format", "__lt__", "__eq__"]
for i in range(3000):
    s = random.choice(strs)
    m = random.choice(meths)
    n = random.choice([0, 1, 1, 2, 2, 3])
    a = [random.choice(args) for _ in range(n)]
    try:
        r = getattr(s, m)(*a)
        if isinstance(r, bytes) or isinstance(r, str) or isinstance(r, (list, tuple, int, bool)):
            r = repr(r)
        else:
            r = type(r).__name__
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(s), m, repr(a), r)
