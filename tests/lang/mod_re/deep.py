# Long subjects and deep backtracking: the engine keeps its choice points on
# an explicit stack, so none of these may exhaust the C stack.
import re

n = 200000
s = 'ab' * n
print(re.fullmatch('(?:ab)*', s).end(), re.fullmatch('(a|b)*', s).span(1))
print(re.fullmatch('(?:a|b)*?', s).end(), re.match('(?:(a)|b)*c', s + 'c').group(1))
print(re.search('(ab)+$', s).span(), re.search('(?:ab)*?x', s[:2000]))
print(re.match('.*?x', 'a' * n), re.match('(?:a|aa)*b', 'a' * 22 + 'c'))
print(re.match('(a*)*$', 'a' * n).span(), re.match('(?:a?)*?b', 'a' * 1000 + 'b').span())
print(re.match(r'(?:(?=a)a)*', 'a' * n).end(), re.match(r'(?>a|b)*', s).end(), re.match('(?:ab)++', s).end())
print(re.match(r'(?:(?!b)a|b)+$', s).end(), re.match(r'(?:a(?<=a)b)+', s).end())
print(re.match(r'(a)(?:\1)*', 'a' * n).end(), re.match(r'((a)|b)*?$', s).group(1, 2))
print(len(re.findall('a', s)), len(re.split('b', s)), len(re.sub('a', 'xy', s)))
print(re.search('x', 'a' * n + 'x').start(), re.search('xy', 'x' * n + 'xy').start(),
      re.search('[xy]', 'a' * n + 'y').start(), re.search(r'\d', 'a' * n + '7').start())
print(re.match('(?:a{2,5}b)+', 'aaab' * 10000).end(), re.match('(?:a{2,5}?b)+?$', 'aab' * 10000).end())
print(re.match('(x)?(?(1)a|b)*', 'b' * n).end(), re.match('(?:(a)|b)+(?(1)c|d)', s + 'c').end())
