# Hashing: equal strings hash equal across widths; raw SipHash values
# (the runner sets PYTHONHASHSEED=0 for both implementations).
words = ["", "a", "abc", "hello world", "é", "ÿ", "αβγ", "日本", "😀", "a" * 100]
for w in words:
    print(repr(w), hash(w))
print(hash(b""), hash(b"a"), hash(b"hello world"), hash(bytes(range(20))))
print(hash("é") == hash("\xe9"), hash("abc") == hash("".join(["a", "bc"])), hash("x" * 3) == hash("xxx"))
print(hash("é") != hash("é".encode()), hash(b"abc") != hash("abc"))
d = {}
for w in words:
    d[w] = len(w)
print(d["αβγ"], d["a" * 100], "日本" in d, "日" in d)
s = set(["ab", "a" + "b", "".join(["a", "b"])])
print(len(s))
print(hash(1.5), hash(-0.5), hash(2.0) == hash(2), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(0.1))
