# Identifiers: XID_Start/XID_Continue, NFKC normalization of non-ASCII
# names, and int()/float() with Unicode digits and whitespace.

starts = conts = 0
acc = 0
for c in range(0x30000):
    ch = chr(c)
    if ch.isidentifier():
        starts += 1
        acc = (acc * 31 + c) & 0xFFFFFFFF
    if ('a' + ch).isidentifier():
        conts += 1
        acc = (acc * 37 + c) & 0xFFFFFFFF
print('identifier start', starts, 'continue', conts, acc)

# names are compared after NFKC normalization
ﬁ = 1
print(fi)
ℌ = 3
print(H, 'H' in dir())
µ = 5
print(μ)


class K:
    ﬀ = 2


print(K.ff, getattr(K, 'ff'))


def f(ｘ=1):
    return x


print(f(x=4))
d = {}
exec('ǅungla = 1; ﬃ = 2; ℵ = 3; 𝐱 = 4; ｓｐａｍ = 5; Å = 6', d)
print(ascii(sorted(k for k in d if k != '__builtins__')))

for src in ['a€ = 1', '€ = 1', 'x = 1 + ¤', 'ab·c = 3', '·x = 1', 'x\u2160 = 1', 'Ⅰ = 2', 'a\u200b = 1',
            '\u0301a = 1', 'a\u0301 = 1', '١x = 1', 'x١ = 1', '℘ = 1', '゛ = 1', 'x\u00b7 = 1',
            'x = 1é', 'x = 1€', 'x = 0x1é', 'x = 1.5é', 'x = 1jé', 'x = 1_é', 'x = 1ﬁ', 'x = 1e5é',
            'x = 0b1é', 'x = 0o7\xad', 'x = 1 \xad', 'x = 1 \u3000', 'x = 1 \u2060', 'x = 1 \U000e0001',
            'x = 1 \ue000', 'x = 1 \u2e2f']:
    try:
        exec(src, {})
        print('ok', ascii(src))
    except SyntaxError as e:
        print('SyntaxError', ascii(src), e.msg, e.lineno, e.offset)

# int(), float() and complex() take any Unicode decimal digit and space
tests = ['\u0663\u0664', '\u2003 12 \u3000', '\U0001d7d8\U0001d7d9', '\u0f20\u0f29', '１２３', '\u00a012\u0085',
         '1\u06f5', '\u1c50_\u1c51', '\u00b2', '\u2155', ' \x1c12\x1f', '\u200b12', '１_０', '\u0661.\u0665',
         '\u0661e\u0662', '-\u0967\u0968', '\u202f7\u205f', '\U0001e950\U0001e959', '\u0e51\u0e52', '\u17e0x']
for s in tests:
    for fn in (int, float, complex):
        try:
            print(fn.__name__, ascii(s), fn(s))
        except ValueError as e:
            print(fn.__name__, 'ValueError', ascii(str(e)))
print(int('\u0661\u0660', 16), int('\uff11\uff10', 2), int('\u0967' * 30))
n = 0
for c in range(0x20000):
    ch = chr(c)
    if ch.isdecimal():
        n += int(ch * 3)
print('decimal digits', n)
