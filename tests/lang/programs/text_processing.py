text = """The quick brown fox jumps over the lazy dog. The dog, surprised,
barked!  Foxes are QUICK; dogs are lazy?  Straße STRASSE straße."""
words = [w.strip(".,;!?").casefold() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>10} {'#' * n} {n}")
print(len(words), len(freq), sorted(freq)[:5])
s = "Hello, World"
print(s[::-1], s[::2], s[-5:], s[:-7:-1], s[100:], s[-100:3], s[3:1], s[::-3])
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), "ß".upper(), "ǅ".lower(), "ﬁ".upper())
print(s.center(20, "*"), s.center(21), "|" + s.ljust(15) + "|", s.rjust(15, "."), "x".center(4, "-"))
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.find("z"), s.startswith(("He", "x")), s.endswith("ld", 0, 12))
print(s.replace("l", "L", 2), s.split(", "), s.partition(" "), s.rpartition("o"), "a,b,,c".split(","), " a  b ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True), "-".join(["a", "b"]), "".join(reversed("abc")))
print("  pad  ".strip(), "xxabcxx".strip("x"), "  pad".lstrip(), "pad  ".rstrip(), "www.example.com".removeprefix("www.").removesuffix(".com"))
print("abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdigit(), "abc123".isalnum(), " \t".isspace(), "Title Case".istitle(), "ABC".isupper(), "abc_1".isidentifier(), "".isalpha())
print("tab\there".expandtabs(4), "a\tb\tc".expandtabs(), repr("quote'\"s"), repr("\x00\x7f\u00e9\u200b\U0001f600"), ascii("é😀"))
print("%s and %r" % ("x", "y"), "{!a}".format("é"), str.maketrans("abc", "xyz"), "abcabc".translate(str.maketrans("ab", "AB", "c")))
def is_palindrome(s):
    t = [c.casefold() for c in s if c.isalnum()]
    return t == t[::-1]
for p in ["A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?"]:
    print(repr(p), is_palindrome(p))
def caesar(s, k):
    out = []
    for c in s:
        if c.isascii() and c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Attack at Dawn!", 13)
print(enc, caesar(enc, 13))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""))
print(sorted("banana"), sorted(set("mississippi")), "".join(sorted("hello", reverse=True)), min("hello"), max("hello"))
print("é" == "e\u0301", len("e\u0301"), "straße".casefold() == "STRASSE".casefold(), "İ".lower(), len("İ".lower()))
print("a" < "b" < "ba", "Z" < "a", "10" < "9", ["b", "A", "a", "B"], sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
wrapped, line = [], ""
for w in text.split():
    if len(line) + len(w) + 1 > 30:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
wrapped.append(line)
print("\n".join(f"|{l:<30}|" for l in wrapped))
print("abc" * 3, 3 * "-", "abc" * 0, "abc" * -1, "a" in "abc", "" in "abc", "abc".index("c"), "x".join("123"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "".join([1, 2])
except TypeError as e:
    print(e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
print(f"{'nested {braces}'}", f"{3+4=}", f"{'a'!r:^9}", f"{1e3:,}", f"{1234:_b}", f"{'x' * 3}", f"""{"tri"}""")
print(str(12.0), str(1e22), str(1.5e-7), repr(1e-5), str(-0.0), f"{0.1:.20f}", f"{1/7:.15g}", 1e16, 123456789012345678.0)
