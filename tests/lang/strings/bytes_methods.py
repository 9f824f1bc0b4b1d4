# Every bytes method, with edge cases.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"), b"xxhixx".strip(b"x"), b"abc".strip(None))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b"hello world".capitalize(), b"\xe9abc".upper())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.count(108), b.find(b"", 3))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.startswith(b"He", 2), b"abc".endswith(b"bc", 0, 3))
print(b"a,b,,c".split(b","), b" a b  c ".split(), b"a b c".split(maxsplit=1), b"a,b,c".rsplit(b",", 1), b"  x  y ".rsplit(None, 1))
print(b"l1\nl2\r\nl3\r".splitlines(), b"l1\nl2\n".splitlines(keepends=True), b"".splitlines())
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"a-b-c".partition(b"-"), b"a-b-c".rpartition(b"-"), b"abc".partition(b"x"))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"L", 1), b"abc".replace(b"", b"-"), b"aaa".replace(b"a", b""))
print(b"TestCase".removeprefix(b"Test"), b"TestCase".removesuffix(b"Case"), b"x".removeprefix(b"y"))
print(b"42".zfill(5), b"-42".zfill(5), b"ab".center(7, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"abc".center(2))
print(b"a\tb\tc".expandtabs(), b"a\tbc".expandtabs(4), b"x\ty".expandtabs(tabsize=2))
for t in [b"abc", b"ABC", b"Abc Def", b"a1", b"123", b"", b" \t", b"\xe9", b"Hello World", b"hello World"]:
    print(t, t.isalpha(), t.isalnum(), t.isdigit(), t.islower(), t.isupper(), t.istitle(), t.isspace(), t.isascii())
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"abc".translate(table, b"a"))
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2), b"\x01\x02\x03".hex(b"_", 2), b"".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex(" de ad  be ef "), bytes.fromhex(""), b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"))
for bad in [lambda: b"a".find("a"), lambda: b"a".find(256), lambda: b"a".count(), lambda: b"a".join(["x"]),
            lambda: b"a".split("x"), lambda: b"a".strip("x"), lambda: b"a".center(3, "x"), lambda: b"a".center(3, b"xy"),
            lambda: b"a".replace("a", "b"), lambda: b"a".partition("a"), lambda: b"a".startswith("a"),
            lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex(1), lambda: b"abc".hex("::"),
            lambda: b"abc".hex(1), lambda: b"a".decode("zz"), lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"a", b"bc"),
            lambda: b"a".index(b"z"), lambda: b"a".partition(b""), lambda: b"a".split(b""), lambda: b"a".title(1),
            lambda: b"x".join(5), lambda: b"x".join([b"a", "b"]), lambda: b"a".zfill("x"), lambda: b"a".lstrip(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
