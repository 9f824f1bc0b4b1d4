# The unicodedata module: properties of every code point (hashed per
# chunk), normalization, and the error behaviour of each function.
import unicodedata as u

print(u.unidata_version)


def h(x, acc):
    for ch in str(x):
        acc = (acc * 1000003 + ord(ch)) & 0xFFFFFFFF
    return acc


FUNCS = [('category', u.category), ('bidirectional', u.bidirectional), ('combining', u.combining),
         ('east_asian_width', u.east_asian_width), ('mirrored', u.mirrored), ('decomposition', u.decomposition),
         ('decimal', lambda c: u.decimal(c, None)), ('digit', lambda c: u.digit(c, None)),
         ('numeric', lambda c: u.numeric(c, None))]

for lo, hi, step in [(0, 0x3000, 1), (0x3000, 0xA000, 3), (0xA000, 0x10000, 1), (0x10000, 0x20000, 3),
                     (0x20000, 0x110000, 197)]:
    out = []
    for name, f in FUNCS:
        acc = 0
        for c in range(lo, hi, step):
            acc = h(f(chr(c)), acc)
        out.append('%08x' % acc)
    print('%05x' % lo, ' '.join(out))

cats = {}
for c in list(range(0x3400)) + list(range(0x3400, 0xA000, 5)) + list(range(0xA000, 0x20000)) + \
        list(range(0x20000, 0x110000, 31)):
    k = u.category(chr(c))
    cats[k] = cats.get(k, 0) + 1
print(sorted(cats.items()))

for ch in ['A', 'é', '\u0301', '\u0663', '\u00bd', '\u2155', '\u0f33', '\u4e07', '\U0001012f', '(', '\u05d0',
           '\uac00', '\uff21', '\u3000', '\ufb01', '\u1e9b', '\U0001d400', '\U000e0001', '\U0010ffff', '\ud800']:
    print(ascii(ch), u.category(ch), ascii(u.bidirectional(ch)), u.combining(ch), u.east_asian_width(ch),
          u.mirrored(ch), ascii(u.decomposition(ch)), u.decimal(ch, '-'), u.digit(ch, '-'), u.numeric(ch, '-'))

# normalization of every BMP character, and of mark sequences
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    acc = 0
    changed = 0
    for c in list(range(0, 0x3400)) + list(range(0x3400, 0xA000, 11)) + list(range(0xA000, 0x10000)) + \
            list(range(0x10000, 0x30000, 7)):
        s = chr(c)
        r = u.normalize(form, s)
        if r != s:
            changed += 1
        acc = h(r, acc)
    for c in range(0x300, 0x370):
        for b in 'aeoAEOuU\u0391\u03b9\u1100\uac00':
            acc = h(u.normalize(form, b + chr(c) + '\u0323' + chr(c)), acc)
    print(form, changed, '%08x' % acc)

samples = ['e\u0301', '\u00e9', 'e\u0327\u0301', 'e\u0301\u0327', '\u1e9b\u0323', '\u0344', '\ufb01', '\u2460',
           '\u1100\u1161\u11a8', '\uac00\u11a8', '\u1100\u1161', '\uac01', 'Å', '\u212b', 'A\u030a', '\u2126',
           '\u0958', '\u00c5\u0316', '\u1e0a\u0323', 'a\u0328\u0302\u0301', '\u0385', '\u2fa1d\u0300',
           'ﾊﾟ', '①②', 'x\u0300\u0315\u0300\u05ae', '\U0001d15e', '\u0f73', 'ℌ', '', 'abc']
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])


def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: u.name('\x00'))
t(lambda: u.name('\x00', 5))
t(lambda: u.name('ab'))
t(lambda: u.name(3))
t(lambda: u.name())
t(lambda: u.name('a', 1, 2))
t(lambda: u.name('a', default=1))
t(lambda: u.lookup('foo bar'))
t(lambda: u.lookup(3))
t(lambda: u.lookup())
t(lambda: u.lookup(bytearray(b'SPACE')))
t(lambda: u.lookup('\x00'))
t(lambda: u.category('ab'))
t(lambda: u.category(''))
t(lambda: u.category(1))
t(lambda: u.category())
t(lambda: u.bidirectional(b'a'))
t(lambda: u.combining(None))
t(lambda: u.mirrored('xy'))
t(lambda: u.east_asian_width(''))
t(lambda: u.decomposition(7))
t(lambda: u.decimal('a'))
t(lambda: u.decimal('a', None))
t(lambda: u.decimal())
t(lambda: u.decimal('1', 2, 3))
t(lambda: u.decimal(1))
t(lambda: u.digit('a'))
t(lambda: u.digit('\u00b2'))
t(lambda: u.digit('ab', 0))
t(lambda: u.numeric('a'))
t(lambda: u.numeric('\u00bd'))
t(lambda: u.numeric('\u0f33'))
t(lambda: u.normalize('NFX', 'a'))
t(lambda: u.normalize('nfc', 'a'))
t(lambda: u.normalize('NFC', b'a'))
t(lambda: u.normalize(1, 'a'))
t(lambda: u.normalize('NFC'))
t(lambda: u.normalize('NFC', 'a', 'b'))
t(lambda: u.is_normalized('NFX', 'a'))
t(lambda: u.is_normalized('NFC', 1))
t(lambda: u.normalize(None, 'a'))
t(lambda: u.is_normalized('NFC'))
