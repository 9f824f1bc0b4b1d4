def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
bs = [b'\xed\xa0', b'\xed\xa0\x80', b'\xed\xa0\x80\xed\xb0\x80', b'\xed\xa0x', b'\xe0\x80', b'\xf0\x80\x80\x80', b'\xf4\x90\x80\x80', b'\xc2', b'\xc2\xc2', b'a\x80\x80b', b'\xf0\x9f\x98', b'\xf0\x9f\x98x', b'\xff\xfe\x00\xd8', b'\xfe\xff\xd8\x00\xdc\x00', b'\x00\x00\xfe\xff\x00\x00\xd8\x00', b'\x00\xd8\x00\xd8\x00\xdc', b'\x80\x81\x82abc']
for b in bs:
    for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-be", "u8", "ascii"]:
        for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace", "bogus"]:
            t((b, enc, err), lambda: b.decode(enc, err))
t(1, lambda: "a\udc80".encode("u8", "bogus"))
t(2, lambda: "a\udc80".encode("U8"))
t(3, lambda: b"\xff".decode("U8"))
t(4, lambda: "abc".encode("-utf-8-"))
t(5, lambda: "abc".encode("UTF 8"))
t(6, lambda: "abc".encode("utf--16"))
t(7, lambda: "\udc80\udc81\xe9".encode("ascii", "surrogateescape"))
t(8, lambda: "\ud800\udc00".encode("utf-8", "surrogatepass"))
t(9, lambda: "\ud800\udc00x".encode("utf-16-be", "surrogatepass"))
t(10, lambda: "x\ud800".encode("latin-1", "surrogatepass"))
t(11, lambda: "x\ud800\xe9".encode("latin-1", "surrogateescape"))
t(12, lambda: "\U0010ffff".encode("utf-16-be"))
t(13, lambda: b"\xdb\xff\xdf\xff".decode("utf-16-be"))
