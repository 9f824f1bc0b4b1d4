# Character names: \N{...} escapes in str literals and f-strings, the
# unicode_escape codec, and unicodedata.name/lookup over many characters.
import unicodedata

print(ascii('\N{LATIN SMALL LETTER A}\N{SPACE}\N{EURO SIGN}\N{GREEK SMALL LETTER ALPHA}'))
print(ascii('\N{latin small letter e with acute}\N{Snowman}\N{GRINNING FACE}'))
print(ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2A6DF}\N{HANGUL SYLLABLE GAG}'))
print(ascii('\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE YEOLB}\N{HANGUL SYLLABLE HIH}'))
print(ascii('\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{nushu character-1b170}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'))
# formal aliases and abbreviations
print(ascii('\N{NUL}\N{LINE FEED}\N{BYTE ORDER MARK}\N{ZWNBSP}\N{LATIN CAPITAL LETTER GHA}\N{nbsp}'))
print(ascii('\N{VARIATION SELECTOR-17}\N{VS256}\N{ZWJ}\N{END OF LINE}'))
x = 3
print(ascii(f'\N{BULLET} {x} \N{RIGHTWARDS ARROW} {x + 1:\N{FULL STOP}>4}\N{LEFT CURLY BRACKET}'))
print(ascii(rf'\N{{BULLET}}'), ascii(r'\N{BULLET}'), b'\N{BULLET}')
print(ascii('\N{LATIN SMALL LETTER A}' 'b' '\N{LATIN SMALL LETTER C}'))

# errors, with CPython's positions inside each literal
for src in [r"'\N{FOO}'", r"'ab\N{FOO}'", "'\u00e9\\N{FOO}'", r"'\N'", r"'\N{'", r"'\N{abc'",
            r"'\N{}'", r"'\Nx'", r"f'{1}\N{FOO}'", r"f'\N{FOO}{1}'", r"'\N{BULLET}\N{FOO}'",
            r"'\N{KEYCAP NUMBER SIGN}'", r"'\N{ LATIN SMALL LETTER A}'", r"'\N{LATIN  SMALL LETTER A}'",
            "'''\n\\N{FOO}'''", r"'x' '\N{FOO}'", r"'\N{CJK UNIFIED IDEOGRAPH-4e00}'",
            r"'\N{cjk unified ideograph-4E00}'", r"'\N{HANGUL SYLLABLE gag}'", r"'\N{HANGUL SYLLABLE GAGG}'",
            r"'\N{CJK UNIFIED IDEOGRAPH-A000}'", r"'\xZZ'", "'\u00e9\\u12'", r"f'ab{1}\U0011ffff'"]:
    try:
        print(ascii(eval(compile(src + '\n', '<s>', 'eval'))))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)

# the unicode_escape codec
for b in [rb'\N{BULLET}x', rb'\N{bullet}', rb'\N{NUL}', rb'\N{FOO}', rb'\N{', rb'\N{}', rb'\Nx', rb'a\N{FOO}b',
          rb'\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-9FFF}']:
    try:
        print(ascii(b.decode('unicode_escape')))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    print(ascii(b.decode('unicode_escape', 'replace')), ascii(b.decode('unicode_escape', 'ignore')))

# name() and lookup() round trips over samples of every plane
count = 0
acc = 0
for c in list(range(0, 0x3400)) + list(range(0xA000, 0x10000)) + list(range(0x10000, 0x20000, 3)) + \
        list(range(0x20000, 0x110000, 257)):
    n = unicodedata.name(chr(c), None)
    if n is None:
        continue
    count += 1
    for ch in n:
        acc = (acc * 131 + ord(ch)) & 0xFFFFFFFF
    if c % 5 == 0 and unicodedata.lookup(n) != chr(c):
        print('round trip failed', hex(c), n)
print('names', count, acc)
named = 0
for c in list(range(0x30000)) + list(range(0x30000, 0x110000, 7)):
    if unicodedata.name(chr(c), None) is not None:
        named += 1
print('characters with names', named)
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'NULL', 'nul', 'BEL', 'BELL',
          'ALERT', 'KEYCAP NUMBER SIGN', 'latin capital letter a with macron and grave', 'TAMIL SYLLABLE KSSA',
          'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4E00 ', 'HANGUL SYLLABLE ', 'TANGUT IDEOGRAPH-17000',
          'LATIN SMALL LETTER \xe9', '', 'x' * 256, 'x' * 257, 'SPACE\x00X', b'SNOWMAN']:
    try:
        print(ascii(n)[:40], ascii(unicodedata.lookup(n)))
    except KeyError as e:
        print(ascii(n)[:40], 'KeyError', ascii(str(e))[:60])
for c in [0, 0x1F, 0x20, 0x7F, 0x9F, 0xA0, 0xAC00, 0xD7A3, 0xD7A4, 0x3400, 0x4DBF, 0x9FFF, 0xF900, 0x17000,
          0x18B00, 0x1B170, 0x1F600, 0xE0100, 0xE01EF, 0xFFFF, 0x10FFFF, 0x2FA1D, 0x2B738, 0x31350]:
    print(hex(c), unicodedata.name(chr(c), '-'))
