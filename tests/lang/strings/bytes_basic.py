# bytes construction, repr, indexing, slicing and comparison.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"copy"), bytes("é", "utf-8"), bytes(bytearray(b"ba")))
print(bytes(range(5)), bytes((1, 2)), bytes(memoryview(b"mv")), bytes("x", encoding="ascii"))
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""), repr(b"\x00\t\n\r\x7f\x80\xff\\"))
b = b"hello world"
print(b[0], b[-1], b[1:5], b[::2], b[::-1], b[5:1], b[100:], len(b), b"o" in b, 111 in b, b"xyz" in b)
print(b == b"hello world", b < b"help", b"a" < b"ab", b"b" > b"abc", b == "hello world", b != bytearray(b))
print(b + b"!", b"ab" * 3, 2 * b"cd", b"" * 5, b + bytearray(b"?"), b"-" * 0)
print(list(b"abc"), tuple(b"\x00\xff"), [x for x in b"hi"] if False else "skip")
key = "x"
for bad in [lambda: bytes("a"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes(1.5),
            lambda: bytes(b"a", "utf-8"), lambda: bytes("a", encoding=5), lambda: b"a"[5], lambda: b"a"[key],
            lambda: b"a" + "x", lambda: b"a" * "x", lambda: "a" in b"a", lambda: 300 in b"a", lambda: bytes([-1]),
            lambda: bytes(1, 2, 3, 4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), hash(b"") == 0, {b"k": 1}[b"k"])
