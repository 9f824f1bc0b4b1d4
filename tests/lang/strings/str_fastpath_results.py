# Results of the sized and fast paths of replace, count, case mapping and
# encode: widths of the result, counts, narrowing.
import sys
def show(s):
    print(repr(s), len(s), sys.getsizeof(s) - sys.getsizeof(s[:0]) if s else 0)
for src, old, new, n in [("aéa", "é", "x", -1), ("aéa", "a", "x", -1), ("a\u20acb\u20ac", "\u20ac", "", -1),
                         ("a\u20acb", "b", "\U0001f600", -1), ("\U0001f600x\U0001f600", "\U0001f600", "e", 1),
                         ("\U0001f600x\U0001f600", "\U0001f600", "é", -1), ("abc", "", "\u20ac", 2),
                         ("éé", "", "-", -1), ("xx", "x", "yy", 0), ("a" * 50, "aa", "b", 7),
                         ("é" * 5, "é", "a", -1), ("ab\u0100", "\u0100", "é", -1), ("", "", "\u20ac", -1)]:
    r = src.replace(old, new, n)
    show(r)
    print(r == "".join(r), r.isascii())
for s in ["aXbYé", "ÀÉÎõü straße", "ǅungla", "ΣΑΣ aσ", "x\u0130y", "\U00010400\U00010428 mix", "ﬁnale", "aé" * 30]:
    for m in ("lower", "upper", "casefold", "swapcase", "title", "capitalize"):
        r = getattr(s, m)()
        print(m, repr(r), len(r), r.isascii())
t = "banana é bananas " * 20
for sub, a, b in [("a", 0, None), ("a", 3, 50), ("an", 0, None), ("é", 0, None), ("", 5, 9), ("na", -10, None), ("a", 0, -1)]:
    print(sub, a, b, t.count(sub, a, b) if b is not None else t.count(sub, a))
print("\u20acaa\u20ac".count("a"), "\U0001f600a\U0001f600".count("\U0001f600"), "aaaa".replace("a", "b", 2))
for s in ["é" * 10, "\u20ac" * 3 + "a", "\U0001f600é", "abc", "\udc80é", "é\ud800\udc00"]:
    for e in ("strict", "surrogateescape", "surrogatepass", "replace"):
        try:
            print(repr(s.encode("utf-8", e)))
        except UnicodeEncodeError as x:
            print("UEE", x)
