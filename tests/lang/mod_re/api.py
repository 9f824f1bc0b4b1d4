# Pattern, Match and scanner objects: attributes, reprs, comparisons and
# argument handling, with CPython's exact errors.
import re


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ', repr(r))


print('-- Pattern')
p = re.compile(r'(?P<word>\w+)\s+(\d+)?(?P<end>!)?')
print(p.pattern, p.flags, p.groups, dict(p.groupindex), type(p.groupindex).__name__)
attempt(lambda: p.groupindex.__setitem__('x', 1))
print(re.compile('').groupindex, re.compile('').groups)
for pat, fl in [('a', 0), ('a', re.I), ('a', re.I | re.M | re.S | re.X | re.A),
                (b'a', 0), (b'a', re.L | re.I), ('a', re.U), ('a', re.DEBUG * 0),
                ('a' * 300, 0), ('x\ny\'"', 0), (b'\x00\xff', re.M)]:
    print(repr(re.compile(pat, fl)))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      re.compile('a') == re.compile('b'), re.compile('a') != re.compile('a'),
      re.compile('a') == 'a', re.compile(b'a') == re.compile('a'))
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(p.__copy__() is p, p.__deepcopy__({}) is p)
print(re.Pattern[str], re.Match[bytes])
print(type(p).__name__, type(p).__module__, type(p.match('a')).__name__)
attempt(type(p))
attempt(p.match)
attempt(p.match, 1)
attempt(p.match, b'abc')
attempt(re.compile(b'a').search, 'abc')
attempt(p.match, 'x', 'y')
attempt(p.match, 'x', 0, 1, 2)
attempt(p.match, 'x', bogus=1)
attempt(p.match, string='ab 12', pos=1, endpos=4)
attempt(p.search, 'ab 12', 1, -5)
attempt(p.search, 'ab 12', -10, 100)
attempt(p.sub, 'x')
attempt(p.split, 'a b', maxsplit='x')

print('-- pos and endpos')
q = re.compile(r'^\w')
print(q.search('ab', 1), re.compile(r'(?m)^\w').search('a\nb', 1), re.compile('b$').search('abc', 0, 2))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'\bb').search('ab', 1))
print(re.compile('a*').fullmatch('aab', 0, 2), re.compile('a').match('ba', 1))
print(re.compile(r'\Z').search('abc', 0, 1), re.compile('$').search('ab\n', 0, 3))
m = re.compile('b').search('abc', 1, 3)
print(m.pos, m.endpos, m.string, m.re.pattern)
m = re.compile('').match('abc', -3, 99)
print(m.pos, m.endpos, m.span())

print('-- Match')
m = p.search('  hello   42!')
print(m, m.group(), m.group(0), m.group(1, 2, 'end'), m['word'], m[2])
print(m.groups(), m.groupdict(), m.span(), m.span('word'), m.start(2), m.end(3))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos)
m = p.search('hi there')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default=0))
print(m.span(2), m.start(3), m.end('end'), m.lastindex, m.lastgroup)
attempt(m.group, 4)
attempt(m.group, -1)
attempt(m.group, 'nope')
attempt(m.group, 1.0)
attempt(m.group, None)
attempt(m.span, 'nope')
attempt(m.start, 1, 2)
attempt(m.__getitem__, 9)
attempt(m.group, True)
print(m.__copy__() is m, m.__deepcopy__(None) is m, bool(m))
print(re.match('(a)|(b)', 'b').lastindex, re.match('(a)|b', 'b').lastindex,
      re.match('((a)(b))', 'ab').lastindex, re.match('(?P<x>(?P<y>a))', 'a').lastgroup)
print(re.match('.*', 'x' * 100))
print(re.match(b'.+', b'\x00\x01abc\xff'))
print(re.match('(a)', 'a').expand(r'[\1\g<1>\g<0>]'))
attempt(re.match('(a)', 'a').expand, r'\2')
attempt(re.match('(a)', 'a').expand, r'\g<x>')
m = re.match(r'(?P<a>x)(y)?', 'x')
print(m.expand(r'<\g<a>|\2>'), m.expand(b'' if False else r'\n\t'))

print('-- scanner and finditer')
sc = re.compile(r'\d+|\s+|.').scanner('12 ab 3')
print(sc.pattern.pattern)
while True:
    m = sc.match()
    if m is None:
        break
    print(repr(m.group()), end=' ')
print(sc.match(), sc.match())
sc = re.compile(r'\d').scanner('a1b22c', 1, 5)
print([sc.search().span() for _ in range(3)], sc.search())
sc = re.compile('').scanner('ab')
print([sc.search().span() for _ in range(3)], sc.search())
print([m.span() for m in re.compile(r'\w*').finditer('ab cd', 1)])
it = re.compile('a').finditer('aXa')
print(type(it).__name__, next(it).span(), next(it).span(), next(it, 'end'))
