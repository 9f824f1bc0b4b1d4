# csv.reader: the parser state machine, dialect options while reading,
# multi-line records, line_num, NUL and non-ASCII data.
import csv
import io


def R(lines, **kw):
    try:
        return list(csv.reader(lines, **kw))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


cases = [
    (['a,b,c'], {}),
    (['a,b,c\r\n'], {}),
    (['a,b,c\n', 'd,e,f\n'], {}),
    ([''], {}),
    (['\n'], {}),
    (['\r\n'], {}),
    (['\r'], {}),
    ([',', ''], {}),
    ([',,'], {}),
    (['"",""'], {}),
    (['a,'], {}),
    ([',a'], {}),
    (['"a,b",c'], {}),
    (['"a""b"'], {}),
    (['"a"""'], {}),
    (['""""'], {}),
    (['"a"b'], {}),
    (['a"b'], {}),
    (['a"b"c'], {}),
    (['"a" b,c'], {}),
    (['"a', 'b"'], {}),
    (['"a\n', 'b"\n', 'c\n'], {}),
    (['a,"b\nc",d'], {}),
    (['"a\r\nb"'], {}),
    (['"a'], {}),
    (['"'], {}),
    (['a,"'], {}),
    (['a\0b'], {}),
    (['"a\0b"'], {}),
    (['a\x85b,\u2028,\x0c'], {}),
    (['é,ü,😀,日本'], {}),
    (['ab\r'], {}),
    (['"a"\r'], {}),
    (['a\n', 'b'], {}),
    (['a,', 'b'], {}),
    (['a;b;c'], {'delimiter': ';'}),
    (['a,b;c'], {'delimiter': ';'}),
    (['a\tb'], {'dialect': 'excel-tab'}),
    (['a\tb'], {'delimiter': '\t'}),
    (['a b  c'], {'delimiter': ' '}),
    (['a,b\0c'], {'delimiter': '\0'}),
    (["'a,b',c"], {'quotechar': "'"}),
    (['"a,b",c'], {'quotechar': "'"}),
    ([' a, b,  c'], {}),
    ([' a, b,  c'], {'skipinitialspace': True}),
    ([' "a", "b"'], {'skipinitialspace': True}),
    (['   '], {'skipinitialspace': True}),
    (['a,  '], {'skipinitialspace': True}),
    (['a\\,b'], {'escapechar': '\\'}),
    (['"a\\"b"'], {'escapechar': '\\', 'doublequote': False}),
    (['"a\\,b"'], {'escapechar': '\\'}),
    (['a\\'], {'escapechar': '\\'}),
    (['a\\', 'b'], {'escapechar': '\\'}),
    (['a\\\n', 'b'], {'escapechar': '\\'}),
    (['a\\\r\n', 'b'], {'escapechar': '\\'}),
    (['"a\\'], {'escapechar': '\\'}),
    (['"a\\', 'b"'], {'escapechar': '\\'}),
    (['\\a\\b'], {'escapechar': '\\'}),
    (['a\\\\b'], {'escapechar': '\\'}),
    (['"a""b"'], {'doublequote': False}),
    (['"a"b"'], {'doublequote': False}),
    (['a"b"c'], {'quoting': csv.QUOTE_NONE}),
    (['"ab","c"'], {'quoting': csv.QUOTE_NONE}),
    (['"ab","c"'], {'quoting': csv.QUOTE_NONE, 'escapechar': '"'}),
    (['"a,b'], {'quoting': csv.QUOTE_NONE}),
    (['"ab","c"'], {'quotechar': None}),
    (['1,2.5,"x",'], {'quoting': csv.QUOTE_NONNUMERIC}),
    (['-1e3, 7,"8"'], {'quoting': csv.QUOTE_NONNUMERIC}),
    (['-1e3, 7,"8"'], {'quoting': csv.QUOTE_NONNUMERIC, 'skipinitialspace': True}),
    (['nan,inf,-inf'], {'quoting': csv.QUOTE_NONNUMERIC}),
    (['"1",2'], {'quoting': csv.QUOTE_ALL}),
    (['"a"b'], {'strict': True}),
    (['"a" ,b'], {'strict': True}),
    (['"a"'], {'strict': True}),
    (['"a'], {'strict': True}),
    (['"a', 'b'], {'strict': True}),
    (['a'], {'strict': True}),
    (['a|b|c'], {'delimiter': '|', 'quotechar': '|'}),
    (['x:"a:b":y'], {'delimiter': ':'}),
    (['a,b'], {'lineterminator': ';'}),
    (['a;b;'], {'lineterminator': ';'}),
]
for lines, kw in cases:
    print(repr(lines), kw, '->', R(lines, **kw))

# The reader takes any iterable of str: generators, files, tuples.
print(R(x for x in ['1,2', '3,4']))
print(R(('a', 'b')))
print(R(iter([])))
print(R(io.StringIO('a,b\r\nc,"d\r\ne"\r\n')))
print(R(io.StringIO('a,b\nc,"d\ne"\n', newline='')))
print(R(io.StringIO('x\ry\r', newline='')))

# line_num counts input lines, not records.
r = csv.reader(['a,"b', 'c"', 'd', '', 'e'])
print(r.line_num)
for row in r:
    print(r.line_num, row)
print(r.line_num)

# Each record is a new list.
r = csv.reader(['a', 'a'])
one, two = r
print(one == two, one is two)

# The reader's dialect reflects the options.
r = csv.reader([], delimiter=';', quoting=csv.QUOTE_ALL)
print(type(r).__name__, r.dialect.delimiter, r.dialect.quoting, r.dialect.quotechar)
print(iter(r) is r)
print(type(r.dialect).__name__)

# A record left open at the end of the input is returned; after that,
# iteration stops for good.
r = csv.reader(['"abc'])
print(next(r))
print(next(r, 'done'))

# A parser error leaves the reader usable for the next record.
r = csv.reader(['a,b', 'x\ny', 'c,d'])
out = []
while True:
    try:
        out.append(next(r))
    except csv.Error as e:
        out.append('Error: %s' % e)
    except StopIteration:
        break
print(out, r.line_num)

# A long, but legal, field.
big = 'x' * 100000
print([len(f) for f in next(csv.reader([big + ',' + '"' + big + '"']))])
