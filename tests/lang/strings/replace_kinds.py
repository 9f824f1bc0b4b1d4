# str.replace over strings of every width (ASCII, Latin-1, UCS-2, UCS-4)
# with old and new of every width and length, and counts: the result's
# text, and that a width-reducing replace gives the narrowest string
# (equal strings, equal hashes, same sys.getsizeof as a fresh literal).
import sys
import random

random.seed(7)
alphabets = ["abc o", "abcé o", "ab\u0101\u20ac o", "ab\U0001f600\u20ac o"]
pieces = ["", "o", "é", "\u20ac", "\U0001f600", "oo", "ab", "o\u20ac", "xyz", "\U0001f600o"]
lines = []
for alpha in alphabets:
    for _ in range(40):
        s = "".join(random.choice(alpha) for _ in range(random.randint(0, 30)))
        for old in pieces:
            for new in pieces:
                for count in (-1, 0, 1, 2, 100):
                    r = s.replace(old, new, count)
                    fresh = "".join(list(r))
                    assert r == fresh and hash(r) == hash(fresh)
                    lines.append("%r %r %r %d -> %r %d" % (s, old, new, count, r,
                                                          sys.getsizeof(r) - sys.getsizeof(fresh)))
print(len(lines))
import hashlib
print(hashlib.sha256("\n".join(lines).encode()).hexdigest())
for i in range(0, len(lines), 1499):
    print(lines[i])
# the narrowing cases by name
print(ascii("aé".replace("é", "e")), sys.getsizeof("aé".replace("é", "e")) == sys.getsizeof("ae"))
print(ascii("a\u20ac".replace("\u20ac", "e")), sys.getsizeof("a\u20ac".replace("\u20ac", "e")) == sys.getsizeof("ae"))
print(ascii("a\U0001f600".replace("\U0001f600", "\u20ac")),
      sys.getsizeof("a\U0001f600".replace("\U0001f600", "\u20ac")) == sys.getsizeof("a\u20ac"))
class S(str):
    pass
r = S("hello").replace("l", "L")
print(type(r).__name__, r, type(S("abc").replace("z", "y")).__name__)
s = "unchanged"
print(s.replace("z", "y") is s, s.replace("u", "u", 0) is s)
