# csv.writer: quoting decisions, escaping, line terminators, the value
# writerow returns, non-str fields and writerows.
import csv
import decimal
import fractions
import io


def W(row, **kw):
    s = io.StringIO()
    try:
        r = csv.writer(s, **kw).writerow(row)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return s.getvalue(), r


cases = [
    (['a', 'b'], {}),
    ([], {}),
    ([''], {}),
    ([None], {}),
    ([None, None], {}),
    (['', ''], {}),
    (['', 'a'], {}),
    (['a,b', 'c'], {}),
    (['a"b'], {}),
    (['"'], {}),
    (['a\nb'], {}),
    (['a\rb'], {}),
    (['a\r\nb'], {}),
    (['a\nb'], {'lineterminator': '!'}),
    (['a\rb'], {'lineterminator': '\n'}),
    (['a!b'], {'lineterminator': '!'}),
    (['a'], {'lineterminator': ''}),
    (['a b', ' a', 'b '], {}),
    (['\t'], {'dialect': 'excel-tab'}),
    (['a', 'b'], {'dialect': 'excel-tab'}),
    (['a', 'b'], {'dialect': 'unix'}),
    (['a\nb', None, 1], {'dialect': 'unix'}),
    (['a,b'], {'delimiter': ';'}),
    (['a;b'], {'delimiter': ';'}),
    ([' '], {'delimiter': ' '}),
    (["it's", 'x'], {'quotechar': "'"}),
    (['a"b'], {'doublequote': False}),
    (['a"b'], {'doublequote': False, 'escapechar': '\\'}),
    (['a"b,c'], {'doublequote': False, 'escapechar': '\\'}),
    (['a\\b'], {'escapechar': '\\'}),
    (['a\\b,'], {'escapechar': '\\'}),
    (['a,b'], {'quoting': csv.QUOTE_NONE}),
    (['a,b'], {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}),
    (['a"b'], {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}),
    (['a\r\nb'], {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}),
    (['a\nb'], {'quoting': csv.QUOTE_NONE, 'escapechar': '\\', 'lineterminator': 'x'}),
    ([''], {'quoting': csv.QUOTE_NONE}),
    ([None], {'quoting': csv.QUOTE_NONE}),
    (['', ''], {'quoting': csv.QUOTE_NONE}),
    (['x'], {'quoting': csv.QUOTE_NONE, 'quotechar': None}),
    (['abc'], {'quotechar': None}),
    (['a,c'], {'quotechar': None, 'escapechar': '\\'}),
    (['a"c'], {'quotechar': None, 'escapechar': '\\'}),
    (['ab'], {'escapechar': 'a'}),
    ([1, 2.5, 'x', None, True], {}),
    ([1, 2.5, 'x', None, True], {'quoting': csv.QUOTE_NONNUMERIC}),
    ([1, 2.5, 'x', None], {'quoting': csv.QUOTE_ALL}),
    ([''], {'quoting': csv.QUOTE_ALL}),
    ([''], {'quoting': csv.QUOTE_NONNUMERIC}),
    (['1'], {'quoting': csv.QUOTE_NONNUMERIC}),
    ([decimal.Decimal('1.5'), fractions.Fraction(1, 3), 1j], {'quoting': csv.QUOTE_NONNUMERIC}),
    ([float('nan'), float('-inf'), 10 ** 30, -0.0, 1e100], {}),
    ([b'x', bytearray(b'y')], {}),
    ([[1, 2], (3,), {'k': 'v'}], {}),
    (['\0'], {}),
    (['é', '😀', '日本'], {}),
    ('abc', {}),
    (iter(['a', 'b']), {}),
    (range(3), {}),
    ({'a': 1, 'b': 2}, {}),
]
for row, kw in cases:
    print(repr(row) if isinstance(row, (list, str, dict, range)) else type(row).__name__, kw,
          '->', W(row, **kw))


# writerow returns whatever write returns.
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return ('wrote', len(s))


sink = Sink()
w = csv.writer(sink)
print(w.writerow(['a', 'b']))
print(w.writerows([['c'], ['d', 'e']]))
print(w.writerows([]))
print(w.writerows(iter([(1, 2)])))
print(sink.parts)


class NoReturn:
    def write(self, s):
        pass


print(csv.writer(NoReturn()).writerow(['x']))

# A bound method or any callable attribute works as write.
parts = []


class F:
    pass


f = F()
f.write = parts.append
w = csv.writer(f, lineterminator='\n')
w.writerow(['p', 'q'])
w.writerows([['r'], ['s']])
print(parts)

# str subclasses are written as they are, other objects through str().


class S(str):
    def __str__(self):
        return 'never'


class N:
    def __str__(self):
        return 'n,n'


print(W([S('s'), N()]))

# writer.dialect
s = io.StringIO()
w = csv.writer(s, 'unix', delimiter='|')
d = w.dialect
print(type(w).__name__, d.delimiter, repr(d.lineterminator), d.quoting)
w.writerows([['a|b', 'c'], ['x']])
print(repr(s.getvalue()))

# A large row.
s = io.StringIO()
csv.writer(s).writerow(['x' * 5000] * 100 + ['a"b'])
print(len(s.getvalue()), s.getvalue()[-10:])
