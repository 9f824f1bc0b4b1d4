def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "aé€\U0001f600\udc80z"
for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF8", "utf_8", "Latin1", "iso-8859-1", "us-ascii", "bogus"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass", "bogus"]:
        t((enc, err), lambda: s.encode(enc, err))
t(1, lambda: "abc".encode())
t(2, lambda: "abc".encode(encoding="ascii", errors="strict"))
t(3, lambda: "abc".encode(1))
t(4, lambda: "abc".encode("ascii", 1))
t(5, lambda: "\udcff".encode("utf-8", "surrogateescape"))
t(6, lambda: "\udc7f".encode("utf-8", "surrogateescape"))
t(7, lambda: "\ud800".encode("utf-16", "surrogatepass"))
t(8, lambda: "\ud800".encode("utf-32-le", "surrogatepass"))
bs = [b"abc", b"\xff\xfe", b"\xc3\xa9", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\x80abc", b"\xf5", b"\xc0\x80", b"a\x00b\x00", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\x00\xd8\x00\xdc", b"\x00\xd8a\x00", b"\xff\xfe\x00\x00a\x00\x00\x00", b"a\x00\x00\x00\x00\x00\x11\x00", b"a"]
for b in bs:
    for enc in ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
            t((b, enc, err), lambda: b.decode(enc, err))
t(20, lambda: b"abc".decode())
t(21, lambda: b"abc".decode("bogus"))
t(22, lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
t(23, lambda: b"\xff".decode("utf-8", "namereplace"))
t(24, lambda: str(b"\xffab", "utf-8", "replace"))
t(25, lambda: str(b"ab", encoding="ascii"))
t(26, lambda: str("ab", "ascii"))
t(27, lambda: str(1, "ascii"))
t(28, lambda: str(bytearray(b"ab"), "ascii"))
t(29, lambda: str(memoryview(b"ab"), "ascii"))
t(30, lambda: str(errors="strict"))
t(31, lambda: str(b"ab", errors="strict"))
t(32, lambda: "\u20ac".encode("latin-1"))
t(33, lambda: "abc\u20acdef\u20ac".encode("ascii"))
t(34, lambda: b"ab\x80\x81cd".decode("ascii"))
t(35, lambda: b"ab\xc3".decode("utf-8"))
t(36, lambda: b"ab\xc3x".decode("utf-8"))
t(37, lambda: b"a\x00b".decode("utf-16"))
t(38, lambda: "\x00\x7f\x80\xff\u0100".encode("namereplace"))
t(40, lambda: "\x00\x7f\x80\xff\u0100\U0001f600\u20ac\udc80".encode("ascii", "xmlcharrefreplace"))
t(41, lambda: "\x00\x7f\x80\xff\u0100\U0001f600\u20ac\udc80".encode("ascii", "backslashreplace"))
t(42, lambda: "\U000e0000".encode("ascii", "namereplace"))
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    b"a\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
