# Case-insensitive matching (Unicode, ASCII, bytes and locale flavours) and
# the character classes \d \s \w \b over non-ASCII text.
import re

specials = ['i', 'I', '\u0130', '\u0131', 's', 'S', '\u017f', 'k', 'K', '\u212a',
            '\u00b5', '\u03bc', '\u039c', '\u00df', '\u1e9e', '\u03c3', '\u03c2', '\u03a3',
            '\u0398', '\u03b8', '\u03d1', '\u1f80', '\u1f88', '\u01c5', '\u01c4', '\u01c6',
            '\u00e9', '\u00c9', '\u0101', '\u0100', 'a', '\U00010400', '\U00010428', '\u2126', '\u03c9']
for c in specials:
    row = []
    for d in specials:
        if re.fullmatch('(?i)' + re.escape(c), d):
            row.append(d)
    cls = [d for d in specials if re.fullmatch('(?i)[%s]' % c, d)]
    neg = [d for d in specials if re.fullmatch('(?i)[^%s]' % c, d)]
    asc = [d for d in specials if re.fullmatch('(?ai)' + re.escape(c), d)]
    print(ascii(c), ascii(''.join(row)), ascii(''.join(cls)), len(neg), ascii(''.join(asc)))

print(re.findall('(?i)[a-f]+', 'ABCdefGHI\u212a'), re.findall('(?i)[k-m]', 'K\u212aLm'))
print(re.findall('(?i)[\u0400-\u04ff]+', '\u0410\u0430\u0411 x'), re.findall('(?i)[^a-z]', 'aZ1_\u017f'))
print(re.findall('(?i)[\U00010400-\U0001040f]', '\U00010428\U00010400'))
print(re.findall('(?i)\\w+', '\u0130stanbul Stra\u00dfe'), re.search('(?i)(a)\\1', 'aA'), re.search('(?i)(\u00e9)\\1', '\u00e9\u00c9'))
print(re.search('(?ia)(\u00e9)\\1', '\u00e9\u00c9'), re.search(b'(?i)(a)\\1', b'aA'))
print(re.findall(b'(?i)[a-z]+', b'Hello WORLD \xc9\xe9'), re.findall(b'(?i)\xe9', b'\xc9\xe9'))
print(re.findall(b'(?iL)[a-z]+', b'Hello WORLD'), re.findall(b'(?L)\\w+', b'ab_1 cd'))
print(re.findall(b'(?iL)h', b'hH'), re.findall(b'(?iL)[^h]', b'hHx'), re.search(b'(?iL)(a)\\1', b'aA'))
print(re.findall(b'(?L)\\bab\\b', b'ab abc ab'), re.findall(b'(?L)\\Bb', b'ab b'))
print(re.findall('(?i)ß', 'ßẞSS'), re.findall('(?i)[ß]', 'ßẞ'), re.findall('(?i)ǅ', 'ǄǅǆDž'))

text = 'a1 \u0661\u0662 \u00a0x\u2028y\u3000z _\u00e9\u4e00 \U0001d7ce\u2167\u00b2 \x1c\x1d\x85\n\r'
for pat in [r'\d', r'\D', r'\s', r'\S', r'\w', r'\W', r'\b', r'\B', r'.', r'(?s).', r'\w+', r'\d+']:
    print(pat, ascii(re.findall(pat, text)), ascii(re.findall('(?a)' + pat, text)))
btext = b'a1 \xa0x_\xe9\x85\x1c\x0b\x0c'
for pat in [rb'\d', rb'\s', rb'\w', rb'\W+', rb'\b']:
    print(pat, re.findall(pat, btext))
print([re.sub(r'(?u)\b', '|', s) for s in ['', 'a', 'ab cd', '\u00e9t\u00e9!']])
print(re.search(r'\B', ''), re.search(r'\b', ''), re.search(r'\B', 'a'), re.search(r'^\B$', ' '))
print(re.findall(r'[\d\s]', 'a 1\u0662\u2028'), re.findall(r'[^\W\d]+', 'ab12c_d'), re.findall(r'[\w-]+', 'a-b c'))
