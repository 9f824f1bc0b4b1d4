# unicode_escape and raw_unicode_escape codecs.
for b in [b"plain", b"tab\\tnl\\n", b"\\x41\\x42", b"\\u00e9\\U0001F600", b"\\101\\60", b"\\\\", b"\\'\\\"", b"caf\xe9", b"\\N{BULLET} \\N{snowman}"]:
    print(b, repr(b.decode("unicode_escape")))
for b in [b"\\x4", b"\\u12", b"\\U1234", b"\\U00110000", b"trailing\\", b"\\N{NO SUCH NAME}", b"\\N{"]:
    try:
        print(repr(b.decode("unicode_escape")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
for s in ["plain", "é", "😀", "\t\n\\", "\x00\x7f", "Ā"]:
    print(repr(s), s.encode("unicode_escape"), s.encode("raw_unicode_escape"))
print(b"\\u00e9 \\x41 \\\\u".decode("raw_unicode_escape"), b"\\x4".decode("unicode_escape", "replace"), b"a\\x4b".decode("unicode_escape", "ignore"))
