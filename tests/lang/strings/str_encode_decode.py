# Encoding and decoding with every error handler.
s = "héllo wörld €"
for enc in ["utf-8", "utf8", "UTF-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "unicode_escape", "raw_unicode_escape"]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, err)
            print(enc, err, b, b.decode(enc, "replace" if err != "strict" else "strict"))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
bad = [b"\xff", b"abc\xfe", b"\xe2\x82", b"\xe2\x82x", b"\xc3", b"\xc3\x28", b"\xf0\x9f\x98", b"\xed\xa0\x80",
       b"\xf4\x90\x80\x80", b"\xc0\xaf", b"ok\x80ok", b"\xf0\x28\x8c\x28"]
for b in bad:
    for err in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
        try:
            print(b, err, repr(b.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(b, err, "UnicodeDecodeError", e, e.start, e.end, e.reason)
for t in ["\ud800", "a\udcff", "x\udc80y", "€"]:
    for enc, err in [("utf-8", "strict"), ("utf-8", "surrogateescape"), ("utf-8", "surrogatepass"), ("utf-8", "replace"),
                     ("ascii", "strict"), ("latin-1", "strict"), ("latin-1", "backslashreplace"), ("ascii", "xmlcharrefreplace")]:
        try:
            print(repr(t), enc, err, t.encode(enc, err))
        except UnicodeEncodeError as e:
            print(repr(t), enc, err, "UnicodeEncodeError", e)
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\x80abc".decode("ascii", "replace"))
print(b"surrogate \xed\xa0\x80".decode("utf-8", "surrogatepass").encode("utf-8", "surrogatepass"))
print(b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(str(b"abc", "ascii"), str(b"\xe9", "latin-1"), str(b"x\xffy", "utf-8", "replace"), str(b"a", encoding="utf-8"))
for bad_call in [lambda: "a".encode("nope"), lambda: b"a".decode("nope"), lambda: "\xe9".encode("ascii", "nope"),
                 lambda: str("a", "utf-8"), lambda: str(1, "utf-8"), lambda: "a".encode(errors=1), lambda: b"\xff".decode("ascii")]:
    try:
        print(bad_call())
    except Exception as e:
        print(type(e).__name__, e)
print(b"a\\nb\\x41\\u00e9".decode("unicode_escape"), "tab\there".encode("unicode_escape"))
