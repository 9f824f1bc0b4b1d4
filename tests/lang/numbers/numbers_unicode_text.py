def t(f, s):
    try: print(repr(s), repr(f(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['\u0661\u0662', '\uff11\uff12', '\u00a012\u2003', '\u200b12', '1\u00a02', '\u0967\u0966', '\U0001d7d9', '\u00b2', '\u2160', '12\x85', '\x1c12\x1f', '１_２', '\u0661_\u0662', '٣.١٤', '１.５e３', '\u3000-1.5\u3000', 'ｉｎｆ', '-\uff11', '\u2212' + '1', '1\u00ad']:
    t(int, s); t(float, s); t(complex, s)
    t(lambda x: int(x, 16), s); t(lambda x: int(x, 0), s)
for s in ['\x1c0x1p1', '0x1p1\x1f', ' \t0x1p1\n\x0b\x0c\r', '\u00a00x1p1', '0x1p1\u2003', '\x85 0x1']:
    try: print(repr(s), float.fromhex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
