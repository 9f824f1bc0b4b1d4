# Everyday str methods: case, search, strip, split and join.
s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("hELLO wORLD".capitalize(), "they're bill's".title(), "ABC def".swapcase())
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", 5, 8), s.find("zz"), s.find(""))
print(s.index("W"), s.rindex("l"), s.count("l"), s.count("l", 4), s.count(""), "aaaa".count("aa"))
print(s.startswith("Hell"), s.startswith(("x", "He")), s.endswith("ld"), s.endswith("o", 0, 5))
print(s.startswith("World", 7), s.endswith(("a", "b")), "".startswith(""), "abc".startswith("", 5))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("\t\n x \r\x0b\x0c".strip()))
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(None, 1), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "  a  b  ".rsplit(None, 1), "abc".split("abc"), "".split(), "".split(","))
print("line1\nline2\r\nline3\rend\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(("solo",)))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("aaa".replace("a", "bb"), "hello".replace("xyz", "q"), "".replace("", "x"))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix("x"), "abc".removesuffix(""))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("ab".center(7)), repr("ab".center(6, "*")), repr("abc".center(6, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6\n\t7".expandtabs(3)), repr("\t".expandtabs(0)))
for t in ["abc", "ABC", "Abc", "Abc Def", "abc1", "123", "", " ", "a b", "½", "²", "٣", "x_1", "_", "1x", "def", "ÀÉ", "ß", "Σίσυφος"]:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.islower(),
          t.isupper(), t.istitle(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
for bad in [lambda: "a".index("b"), lambda: "a".rindex("b"), lambda: "a".split(""), lambda: "a".partition(""),
            lambda: "a".count(), lambda: "a".find(1), lambda: "a".strip(1), lambda: "a".join([1]),
            lambda: "a".join(5), lambda: "a".center(3, "ab"), lambda: "a".center(3, 1), lambda: "a".zfill("x"),
            lambda: "a".startswith(1), lambda: "a".endswith((1,)), lambda: "a".replace("a"), lambda: "a".replace(1, "b"),
            lambda: "a".split(1), lambda: "a".split(x=1), lambda: "a".lstrip(1, 2), lambda: "a".removeprefix(1),
            lambda: "a".expandtabs("x"), lambda: "a".find("a", "x"), lambda: "a".center()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
