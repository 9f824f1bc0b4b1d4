# str predicates over the whole Unicode 14.0 database: per chunk of code
# points, how many characters satisfy each predicate and a hash of which.

PREDS = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace',
         'isprintable', 'islower', 'isupper', 'istitle', 'isidentifier']


def summary(lo, hi, step=1):
    out = []
    for p in PREDS:
        n = 0
        acc = 0
        for c in range(lo, hi, step):
            if getattr(chr(c), p)():
                n += 1
                acc = (acc * 31 + c) & 0xFFFFFF
        out.append('%d:%06x' % (n, acc))
    return ' '.join(out)


# the BMP in chunks of 4096
for lo in range(0, 0x10000, 0x1000):
    print('%05x' % lo, summary(lo, lo + 0x1000))

# the busy parts of the supplementary planes
for lo, hi in [(0x10000, 0x11000), (0x11000, 0x12000), (0x12000, 0x13000), (0x16800, 0x17000),
               (0x1B000, 0x1C000), (0x1D000, 0x1E000), (0x1E000, 0x1F000), (0x1F000, 0x20000)]:
    print('%05x' % lo, summary(lo, hi))

# the rest, sampled
print('sampled', summary(0x20000, 0x110000, 61))

# a few characters by hand
for ch in ['a', 'Z', '5', '\u0663', '\u00b2', '\u00bd', '\u2168', '\u3007', '\u4e00', '\u01c5',
           '\u02b0', '\u0345', '\u2160', '\u2170', '\u24b6', '\u1f88', '\u00aa', '\u00ba', '\u0f33',
           '\U0001d7ce', '\U0001f600', '\u00a0', '\u1680', '\u200b', '\u2028', '\u0085', '\x1c',
           '\u00ad', '\u0378', '\ue000', '\U000e0001', '\U000e0100', '\u0300', '_', '\u2118', '\u309b']:
    print(ascii(ch), [p[2:] for p in PREDS if getattr(ch, p)()])

# whole strings
for s in ['Hello World', 'ǅungla Ǉudevit', 'ΣΊΣΥΦΟΣ', 'ﬁ', 'Ⅻ', 'ⅻ', '٣٤٥', '①②③', '½¼',
          'a\u0301b', '\u2028\u2029 \t', '', 'ÀÉÎ', 'àéî', 'ǈ', 'ᾈᾉ', 'Ab Cd', 'AB cD', '𝐀𝐁', 'x²']:
    print(ascii(s), [p[2:] for p in PREDS if getattr(s, p)()])

# str.splitlines knows the Unicode line boundaries
text = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\u0084m'
print(ascii(text.splitlines()))
print(ascii(text.splitlines(True)))
n = 0
for c in range(0x3000):
    if len(('x' + chr(c) + 'y').splitlines()) == 2:
        n += c
print('linebreaks', n)

# split() with no separator splits on every Unicode space
spaces = ''.join(chr(c) for c in range(0x3001) if chr(c).isspace())
print(ascii(spaces), ('a' + spaces.replace('', 'b') + 'c').split())
print(ascii(' \u3000x\u2003y\x1c\x1d'.strip()))
