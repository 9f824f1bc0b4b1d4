# split/rsplit corner cases: maxsplit, unicode whitespace, separators.
cases = ["a b c", "  a  b  ", "", "   ", "a\u3000b\u2003c\x1cd\x85e", "a,b,c,", ",a,,b,", "one"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.rsplit(",", 1), s.split(",", 0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaa".rsplit("aa"), "abab".split("ab"))
print("x y z".split(maxsplit=1), "x y z".rsplit(maxsplit=-1), "x,y".split(sep=","), "1 2 3".split(" ", 5))
print("αβγ αβ".split("β"), "日本 語".split(), "a😀b😀c".split("😀"), "a😀b😀c".rsplit("😀", 1))
