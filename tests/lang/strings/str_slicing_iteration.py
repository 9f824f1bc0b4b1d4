# Indexing, slicing, iteration and membership over ASCII and wide strings.
for s in ["abcdefgh", "héllo wörld", "日本語テキスト", "mix😀ed\U0001f600"]:
    print(s[0], s[-1], s[2:5], s[::2], s[::-1], s[-3:], s[:100], s[5:2], s[1:-1:3], len(s))
    out = []
    for ch in s:
        out.append(ord(ch))
    print(out[:6], list(reversed(s))[:3], sorted(set(s))[:3], s.count(s[1]), s[1] in s, "zz" in s)
    it = iter(s)
    print(next(it), next(it), type(it).__name__ in ("str_iterator", "str_ascii_iterator"))
skey, fkey = "1", 1.0
for bad in [lambda: "abc"[3], lambda: "abc"[-4], lambda: "abc"[skey], lambda: "abc"[fkey], lambda: 1 in "abc",
            lambda: "abc"[::0]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("".join(reversed("stressed")), "racecar"[::-1] == "racecar", "abc" * 0, -1 * "x")
