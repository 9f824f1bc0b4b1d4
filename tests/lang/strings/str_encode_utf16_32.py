# UTF-16 and UTF-32 codecs, BOMs and surrogate pairs.
for s in ["", "A", "é", "€", "😀", "a😀b", "日本"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        b = s.encode(enc)
        print(repr(s), enc, b.hex(), b.decode(enc) == s)
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"))
for b, enc in [(b"A", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc\x00\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"ab", "utf-32")]:
    try:
        print(b.decode(enc))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
print(b"\x00\xd8".decode("utf-16-le", "replace"), b"A\x00B".decode("utf-16-le", "ignore"))
try:
    "\ud800".encode("utf-16")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
