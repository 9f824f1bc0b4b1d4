# repr() of tricky strings: quotes, escapes, non-ASCII, non-printable.
cases = ["", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nret\r",
         "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "café", "naïve", "日本語", "emoji 😀", "\u200b zero width",
         "\u2028\u2029", "\ud800", "\U000e0001", "\ufeff", "\U0010ffff", "\uffff", "ÿ", "Ā", "\x85"]
for c in cases:
    print(repr(c), len(c), ascii(c))
print(repr(str(b"bytes")), str(1.5), str(None), str([1, "a"]), str(("x",)))
def pct(f, a):
    return f % a
print(pct("%r", "q'uote"), "{!r}".format("dq\""))
