# Case mapping over the Unicode 14.0 database: full (multi-character)
# mappings, special casing, titlecase letters and the final sigma rule.

def h(s, acc):
    for ch in s:
        acc = (acc * 1000003 + ord(ch)) & 0xFFFFFFFF
    return acc


METHODS = ['lower', 'upper', 'title', 'capitalize', 'swapcase', 'casefold']

for lo, hi in [(0, 0x800), (0x800, 0x2000), (0x2000, 0x3000), (0x3000, 0x4000), (0xA000, 0x10000),
               (0x10000, 0x12000), (0x16E00, 0x17000), (0x1D400, 0x1D800), (0x1E900, 0x1EA00),
               (0x1F100, 0x1F200)]:
    out = []
    for m in METHODS:
        acc = 0
        changed = 0
        for c in range(lo, hi):
            r = getattr(chr(c), m)()
            if r != chr(c):
                changed += 1
            acc = h(r, acc)
        out.append('%d:%08x' % (changed, acc))
    print('%05x-%05x' % (lo, hi), ' '.join(out))

# characters whose mappings are longer than one character
multi = {}
for c in list(range(0x3000)) + list(range(0xA000, 0x12000)) + list(range(0x16E00, 0x1F000)):
    for m in ('lower', 'upper', 'title', 'casefold'):
        r = getattr(chr(c), m)()
        if len(r) > 1:
            multi[m] = multi.get(m, 0) + 1
print(sorted(multi.items()))
for ch in ['ß', 'ẞ', 'İ', 'ı', 'ŉ', 'ǰ', 'ΐ', 'ΰ', 'և', 'ﬀ', 'ﬁ', 'ﬂ', 'ﬃ', 'ﬄ', 'ﬅ', 'ﬆ', 'ﬓ',
           'ᾀ', 'ᾈ', 'ᾳ', 'ᾼ', 'ῳ', 'ῼ', 'ǅ', 'ǆ', 'Ǆ', 'ǈ', 'ǋ', 'ǲ', 'ͅ', 'µ', 'ſ', 'ς', 'ϐ', 'ϑ',
           'ϕ', 'ϖ', 'ϰ', 'ϱ', 'ϵ', 'ẛ', 'ι', 'Ω', 'K', 'Å', 'ⓐ', 'Ⓐ', 'ⅰ', 'Ⅰ', '𐐀', '𐐨',
           'ꭰ', 'Ꭰ', 'ᏸ', 'Ᏸ', 'ɐ', 'Ɐ', 'ᲀ', 'Ა', 'ა', '\U0001e922', '\U0001e900']:
    print(ascii(ch), ascii(ch.lower()), ascii(ch.upper()), ascii(ch.title()), ascii(ch.casefold()),
          ascii(ch.swapcase()), ascii(ch.capitalize()))

# final sigma: a capital sigma after a cased letter (skipping case-ignorable
# characters) and not before one becomes ς
for s in ['ΣΑΣ', 'ΟΔΟΣ', 'Σ', 'ΑΣ.', 'ΑΣ\u0301', 'Α\u0301Σ', 'Α.Σ', 'ΑΣΑ', 'Α Σ', 'ΑΣ Α', '1Σ',
          'ΑΣ1', "Α'Σ", 'ΑΣ\u00ad', 'ǅΣ', 'ᾼΣ', 'aΣb', 'aΣ', 'ʰΣ', 'ΑΣ\u0301Α', 'Σ\u0301', 'AΣ\U000e0001',
          'ΣΊΣΥΦΟΣ ΚΑΙ ΟΔΥΣΣΕΥΣ', 'ΌΣΟΣ']:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()))

# title() and capitalize() on words
for s in ['hello world', "they're bill's friends", 'ǆungla ǌudevit', 'ß ßa', 'ﬁsh ﬂow', 'ŉa',
          'ᾳβ ᾳ', 'ǳ ǲ Ǳ', 'aΣΣ bΣ', 'ΐ', '\u0345\u0345', 'abc\u0130def', 'x\u0307y', '1a 2b', 'ⓐⓑ ⓒ']:
    print(ascii(s), ascii(s.title()), ascii(s.capitalize()), ascii(s.upper()), ascii(s.lower()),
          ascii(s.casefold()), ascii(s.swapcase()))

# casefold-based caseless comparison
pairs = [('Straße', 'STRASSE'), ('ǅ', 'ǆ'), ('ﬁ', 'FI'), ('Σίσυφος', 'ΣΊΣΥΦΟΣ'), ('µ', 'Μ'), ('K', 'k'),
         ('ſ', 'S'), ('İ', 'i')]
for a, b in pairs:
    print(ascii(a), ascii(b), a.casefold() == b.casefold(), a.lower() == b.lower())

# upper() then lower() round trips
bad = 0
for c in range(0x10000):
    ch = chr(c)
    if ch.isupper() and len(ch.lower()) == 1 and ch.lower().upper() != ch:
        bad += 1
print('not round-tripping uppercase:', bad)

# context-dependent mappings (title's cased/uncased transitions, final
# sigma) over runs of consecutive characters, each run followed by a sigma
acc = [0] * 6
for lo in list(range(0, 0x3000, 48)) + list(range(0xA000, 0x20000, 192)):
    s = ''.join(chr(c) for c in range(lo, lo + 48)) + '\u03a3'
    t = '\u03a3'.join(chr(c) for c in range(lo, lo + 48, 5)) + 'a\u03a3'
    for i, m in enumerate(METHODS):
        acc[i] = h(getattr(s, m)(), acc[i])
        acc[i] = h(getattr(t, m)(), acc[i])
print(' '.join('%08x' % a for a in acc))
