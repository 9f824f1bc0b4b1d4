# string.Formatter, which drives _string.formatter_parser and
# formatter_field_name_split, agrees with str.format
import string


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


f = string.Formatter()
print(f.format('{0}-{x!r:>5}-{1[0]}-{y.real}', 1, [2], x='a', y=3j))
print(f.format('{} {} {}', 'a', 'b', 'c'), f.format('{:{}}|', 'x', 4), f.format('{0:{1}.{2}f}', 3.14159, 8, 2))
print(list(f.parse('a{b!s:c}d{{e}}')))
print(f.get_field('a.b', (), {'a': type('T', (), {'b': 5})}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{0} and {name:>6}', 'abc', name='xy'))
for s in ['{a{b}c}', '{0!x:{1}}', '{0:{1:{2}}}', '{0[}', '{0!}', '{0]}', '{0[0]x}', '{0.}', '{0[]}',
          '}', '{', '{}{0}', '{0}{}', '{:{:{}}}']:
    t(lambda: f.format(s, [1, 2], 3, 4))
    t(lambda: s.format([1, 2], 3, 4))
print(string.Template('$who likes $what').substitute(who='tim', what='pie'))
print(string.capwords(' hello   world '))
