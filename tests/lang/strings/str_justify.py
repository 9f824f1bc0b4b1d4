# center/ljust/rjust/zfill with various widths and fill characters.
for s in ["", "a", "ab", "abc", "héllo", "日本"]:
    for w in [0, 1, 4, 5, 8]:
        print(repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")), repr(s.rjust(w, "😀")), repr(s.zfill(w)))
print("-3.5".zfill(7), "+x".zfill(4), "--".zfill(4), "3".zfill(-1), "abc".center(-5))
rows = [("Name", "Qty", "Price"), ("apple", "3", "1.25"), ("watermelon", "12", "30.00")]
for a, b, c in rows:
    print(a.ljust(12) + "|" + b.center(5) + "|" + c.rjust(8))
