# strip family with explicit character sets, including wide ones.
for s, chars in [("xxhixx", "x"), ("<<<tag>>>", "<>"), ("  spaced  ", None), ("abcHELLOcba", "abc"), ("ééaéé", "é"),
                 ("日本語日", "日"), ("😀mid😀", "😀"), ("\u3000full width\u3000", None), ("", "x"), ("xxx", "x"), ("path///", "/")]:
    print(repr(s), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
print("www.example.com".strip("cmowz."), "  \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0x\u2000".strip())
