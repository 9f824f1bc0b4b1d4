# _string.formatter_parser and formatter_field_name_split (the parser
# string.Formatter uses), and str.format errors from the same grammar
import _string

def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['abc', '', 'a{{b', 'a}}b', '{}', '{0}', 'x{0!r:>{1}}y', '{a.b[c]}', '{!r}', '{:}', '{0!}', '{0!r', '{0!rx}', '{', '}', 'a{', '{0:{', '{a{b}', '{0[}', '{0[a}b]}', '{ }', '{0:{{}}}', '{!}}']:
    print(repr(s), end=' ')
    t(lambda: list(_string.formatter_parser(s)))
it = _string.formatter_parser('a{b}c')
print(type(it).__name__, type(it).__module__, iter(it) is it)
t(lambda: _string.formatter_parser(1))
t(lambda: _string.formatter_parser())
for s in ['a', '', '0', '01', 'a.b[0][x].c', '0[', 'a.', 'a[]', 'a]', 'a[0]x', '99999999999999999999', 'a[99999999999999999999]', '[0]', '.x', '١٢']:
    print(repr(s), end=' ')
    def f():
        first, rest = _string.formatter_field_name_split(s)
        return first, type(rest).__name__, list(rest)
    t(f)
t(lambda: _string.formatter_field_name_split(1))
print(_string.__doc__)
print(_string.formatter_parser.__doc__, _string.formatter_parser.__text_signature__)
print(_string.formatter_field_name_split.__doc__, _string.formatter_field_name_split.__text_signature__)
print(sorted(dir(_string)))

# str.format through the same parser
for s in ['{a{b}c}', '{0!x:{1}}', '{0:{1:{2}}}', '{0[}', '{0!}', '{0]}', '{0[0]x}', '{0.}', '{0[]}', '{!}}', '{0!r', '{0:{', '{0[a}b]}', '{0:{{}}}', '{0!rx}', 'x{0!r:>{1}}y', '{0:}}', '{{{0}}}', '{0:{1}x{2}}', '{0[0]}', '{0:{1}}', '{', '}', 'a{', '{}{}', '{}{0}', '{0}{}', '{a.real}']:
    t(lambda: s.format([1,2], 3, 4, a=5))
class L:
    def __getitem__(self, i): return ('item', i)
print('{0[1]}{0[x]}'.format(L()), '{0[-1]}'.format({'-1': 'neg'}))
print('{0:{1}}'.format(3.14159, '.2f'))
print("{0!s:{1}{2}}".format('a', '>', 5))
