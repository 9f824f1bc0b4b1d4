# Lookbehind with groups, fullmatch backtracking, lazy and possessive repeats,
# zero-width repeats, group references and empty matches in sub/split.
import re
cases = [
    (r'(?<=(a))b', 'ab'), (r'(?<!(a)b)c', 'abc xbc'), (r'(a)(?<=\1)', 'aa'), (r'(?<=a|b)c', 'bc'),
    (r'a|ab', 'ab', 'full'), (r'a*', 'aab', 'full'), (r'(?:a|ab)(?:c|bcd)', 'abcd', 'full'),
    (r'a*?b', 'aaab'), (r'.*?\d', 'ab1c2'), (r'a{2,3}?c', 'aaac'), (r'(a)*?b', 'aab'),
    (r'(?:(a)|b)*?c', 'abac'), (r'x(?=(y))?', 'xy'), (r'(?=a|(b))+', 'b'),
    (r'(a|)+b', 'aab'), (r'(a?)*?b', 'aab'), (r'(?:a*)*b', 'aaab'), (r'(a*)+?b', 'aab'),
    (r'(?>(a)|b)+c', 'abc'), (r'(?>a*)*b', 'aab'), (r'(a)(?(1)(?=b))', 'ab'),
    (r'(?i)(?<=\u00df)x', '\u00dfx'), (r'(?<=\d{2})x', '12x'), (r'(?<!^)x', 'xx'),
    (r'\b(?=\w)', 'a b'), (r'(?m)(?<=^)a', 'b\na'), (r'(?s)(?<=.).', 'ab'),
    (r'a++b|a', 'aaa'), (r'(?:a|b)*+a', 'aba'), (r'(?:ab|a)?+b', 'ab'), (r'a{2}+', 'aaa'),
    (r'(a){0}b', 'b'), (r'(?:a{0})+b', 'b'), (r'(a){2,}?', 'aaaa'), (r'(?:(a)b){0,2}', 'ababab'),
    (r'(ab)*\1', 'ababab'), (r'(a)|\1', 'x'), (r'(?:(a)|x)\1', 'xa'), (r'(?P<n>a)(?P=n)', 'aa'),
]
for c in cases:
    pat, s = c[0], c[1]
    p = re.compile(pat)
    for m in ([p.fullmatch(s)] if len(c) > 2 else [p.search(s), p.match(s)]):
        print(pat, s, m and (m.span(), m.groups(), m.lastindex))
    print(p.findall(s), p.sub('-', s), p.split(s))
print(re.sub('a|', '-', 'ab'), re.sub('(?=a)|a', '-', 'aa'), re.findall('|a', 'aa'), re.findall('a|', 'aa'))
print(re.subn(r'\b', '|', 'ab cd'), re.split(r'\b', 'ab cd'), re.findall(r'\B', 'ab cd'))
