# Membership tests and their errors.
s = "The quick brown 🦊 jumps"
for sub in ["quick", "Quick", "", " ", "🦊", "fox", "jumps", "The quick brown 🦊 jumps", "s!"]:
    print(repr(sub), sub in s, sub not in s, s.find(sub) >= 0)
print("é" in "café", "e" in "café", "\u00e9" in "cafe\u0301", "ab" in "a" * 10 + "b")
for bad in [lambda: 1 in "abc", lambda: None in "abc", lambda: b"a" in "abc", lambda: ["a"] in "abc"]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(b"ab" in b"cab", 97 in b"abc", bytearray(b"x") in b"xyz", memoryview(b"y") in bytearray(b"xyz"))
