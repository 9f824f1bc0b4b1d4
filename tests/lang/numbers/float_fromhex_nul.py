# float.fromhex stops at nothing but the end of the text: an embedded NUL
# is an invalid string, as in CPython.
for s in ['0x1p0\x00 0x1p0', '0x1p0\x00', '\x000x1p0', '0x1p0', ' 0x1.8p1 ', 'inf\x00']:
    try:
        print(repr(s), float.fromhex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
