# unicodedata.ucd_3_2_0: the Unicode 3.2.0 view (used by stringprep/IDNA).
import unicodedata as u

o = u.ucd_3_2_0
print(o.unidata_version, type(o).__name__, type(o) is u.UCD, u.UCD.__module__)


def h(x, acc):
    for ch in str(x):
        acc = (acc * 1000003 + ord(ch)) & 0xFFFFFFFF
    return acc


NAMES = ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition']
for lo, hi, step in [(0, 0x3400, 2), (0x3400, 0xA000, 29), (0xA000, 0x10000, 3), (0x10000, 0x30000, 23),
                     (0x30000, 0x110000, 1009)]:
    out = []
    diff = 0
    for name in NAMES:
        f, g = getattr(o, name), getattr(u, name)
        acc = 0
        for c in range(lo, hi, step):
            r = f(chr(c))
            if r != g(chr(c)):
                diff += 1
            acc = h(r, acc)
        out.append('%08x' % acc)
    for name in ['decimal', 'digit', 'numeric', 'name']:
        f = getattr(o, name)
        acc = 0
        for c in range(lo, hi, step):
            acc = h(f(chr(c), None), acc)
        out.append('%08x' % acc)
    print('%05x' % lo, diff, ' '.join(out))

for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    acc = 0
    diff = 0
    for c in list(range(0, 0x3400)) + list(range(0xA000, 0x10000, 2)) + list(range(0x10000, 0x30000, 17)):
        r = o.normalize(form, chr(c))
        if r != u.normalize(form, chr(c)):
            diff += 1
        acc = h(r, acc)
    for c in range(0x300, 0x370):
        for b in 'aeoAEOuU\u0391\u03b9\u1100\uac00\u1b05':
            acc = h(o.normalize(form, b + chr(c) + '\u0323' + chr(c) + '\u1dc0\u0485'), acc)
    print(form, diff, '%08x' % acc, o.is_normalized(form, '\u1b06'), o.is_normalized(form, '\uf951'))

for ch in ['\u1b06', '\uf951', '\U0002f868', '\u0221', '\u0387', '\u00b7', '\U0002f874', '\U0002f91f', '\u20ad',
           '\u9fa5', '\u9fa6', '\u0d79', '\U0001d7ce', '\u1dc0', '\u0485', '\ufa70', '\u03f4']:
    print(ascii(ch), o.category(ch), ascii(o.bidirectional(ch)), o.combining(ch), o.east_asian_width(ch),
          o.mirrored(ch), ascii(o.decomposition(ch)), o.decimal(ch, '-'), o.digit(ch, '-'), o.numeric(ch, '-'),
          o.name(ch, '-'), [ascii(o.normalize(f, ch)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])


def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)


for n in ['NUL', 'KEYCAP NUMBER SIGN', 'GRINNING FACE', 'CJK UNIFIED IDEOGRAPH-9FA6', 'CJK UNIFIED IDEOGRAPH-9FA5',
          'LATIN SMALL LETTER A', 'latin small letter a', 'CJK COMPATIBILITY IDEOGRAPH-FA70',
          'CJK COMPATIBILITY IDEOGRAPH-F900', 'HANGUL SYLLABLE GAG', 'LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK']:
    t(lambda: o.lookup(n))
t(lambda: o.name('\U0001f600'))
t(lambda: o.category('ab'))
t(lambda: o.normalize('NFX', 'a'))
t(lambda: o.decimal('x'))
t(lambda: u.UCD())
t(lambda: o.numeric('\u2155'))
print(sorted(x for x in dir(o) if not x.startswith('_')))
