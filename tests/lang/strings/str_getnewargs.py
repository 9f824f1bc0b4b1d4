# str.__getnewargs__ returns a copy, an exact str.
for text in ('abc', 'a', '', 'h\u00e9llo', '\U0001f600x'):
    args = text.__getnewargs__()
    print(repr(args[0]), args[0] is not text or len(text) <= 1, args[0] == text, len(args), type(args[0]).__name__)
class S(str): pass
a = S('xy').__getnewargs__()
print(type(a[0]).__name__, a[0])
