# Error types and messages of the reader, the writer and their
# constructors, matching CPython's wording.
import csv
import io


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', result)


def read(lines, **kw):
    return lambda: list(csv.reader(lines, **kw))


def write(row, **kw):
    def go():
        s = io.StringIO()
        csv.writer(s, **kw).writerow(row)
        return repr(s.getvalue())
    return go


attempt('reader()', lambda: csv.reader())
attempt('reader(None)', lambda: csv.reader(None))
attempt('reader(1)', lambda: csv.reader(1))
attempt('reader([], 1, 2)', lambda: csv.reader([], 1, 2))
attempt('reader bad kw', lambda: csv.reader([], bad_attr=0))
attempt('reader unknown dialect', lambda: csv.reader([], 'foo'))
attempt('reader dialect twice', lambda: csv.reader([], 'excel', dialect='unix'))
attempt('writer()', lambda: csv.writer())
attempt('writer(None)', lambda: csv.writer(None))
attempt('writer(1)', lambda: csv.writer(1))
attempt('writer no callable write', lambda: csv.writer(type('X', (), {'write': 5})()))
attempt('writer bad kw', lambda: csv.writer(io.StringIO(), bad_attr=0))
attempt('writer unknown dialect', lambda: csv.writer(io.StringIO(), 'foo'))
attempt('writer([], 1, 2)', lambda: csv.writer(io.StringIO(), 1, 2))


class BadWrite:
    @property
    def write(self):
        raise OSError('no write today')


attempt('writer failing property', lambda: csv.writer(BadWrite()))


class BadIterable:
    def __iter__(self):
        raise OSError('no iteration')


attempt('reader failing __iter__', lambda: csv.reader(BadIterable()))

for kw in [dict(delimiter=0), dict(delimiter='XX'), dict(delimiter=None),
           dict(quotechar=1), dict(lineterminator=None), dict(lineterminator=1),
           dict(quoting=None), dict(quoting=csv.QUOTE_ALL, quotechar=''),
           dict(quoting=csv.QUOTE_ALL, quotechar=None),
           dict(quoting=csv.QUOTE_NONE, quotechar='')]:
    attempt('reader %r' % kw, lambda: csv.reader([], **kw))
    attempt('writer %r' % kw, lambda: csv.writer(io.StringIO(), **kw))

# parse errors
attempt('newline in field', read(['a\nb']))
attempt('cr in field', read(['a\rb']))
attempt('crlf then data', read(['a\r\nb']))
attempt('newline mid-line', read(['a,b\nc,d\n']))
attempt('quoted then newline then data', read(['"a"\nb']))
attempt('bytes line', read([b'a,b']))
attempt('int line', read(['a', 1]))
attempt('None line', read([None]))
attempt('strict quote', read(['"a"b'], strict=True))
attempt('strict quote custom', read(['|a|b'], strict=True, quotechar='|', delimiter=';'))
attempt('strict eof', read(['"a'], strict=True))
attempt('strict eof escape', read(['a\\'], strict=True, escapechar='\\'))
attempt('nonnumeric', read(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
attempt('nonnumeric empty-ish', read([' '], quoting=csv.QUOTE_NONNUMERIC))
attempt('field limit', read(['x' * 131073]))
attempt('field limit quoted', read(['"' + 'x' * 131073 + '"']))
attempt('field limit exact', lambda: len(list(csv.reader(['x' * 131072]))[0][0]))


def gen():
    yield 'a,b'
    raise ValueError('generator broke')


r = csv.reader(gen())
attempt('iterator error 1', lambda: next(r))
attempt('iterator error 2', lambda: next(r))
attempt('iterator error 3', lambda: next(r))

# write errors
attempt('row not iterable', write(1))
attempt('row None', write(None))
attempt('need escape', write(['a,b'], quoting=csv.QUOTE_NONE))
attempt('need escape quote', write(['a"b'], doublequote=False))
attempt('need escape quote none', write(['a"b'], quoting=csv.QUOTE_NONE))
attempt('need escape lineterm', write(['a\nb'], quoting=csv.QUOTE_NONE, lineterminator='\n'))
attempt('single empty', write([''], quoting=csv.QUOTE_NONE))
attempt('single None', write([None], quoting=csv.QUOTE_NONE))
attempt('single empty escapechar', write([''], quoting=csv.QUOTE_NONE, escapechar='\\'))


class BadStr:
    def __str__(self):
        raise RuntimeError('no str')


attempt('bad __str__', write(['a', BadStr()]))


class BadRow:
    def __iter__(self):
        yield 'a'
        raise KeyError('row broke')


attempt('row iteration error', write(BadRow()))


class FailingFile:
    def write(self, s):
        raise OSError('disk full')


attempt('write raises', lambda: csv.writer(FailingFile()).writerow(['a']))
attempt('writerows not iterable', lambda: csv.writer(io.StringIO()).writerows(1))
attempt('writerows bad row', lambda: csv.writer(io.StringIO()).writerows([['a'], 1]))
attempt('writerows no arg', lambda: csv.writer(io.StringIO()).writerows())
attempt('writerow no arg', lambda: csv.writer(io.StringIO()).writerow())
attempt('writerow two args', lambda: csv.writer(io.StringIO()).writerow([], []))

# A failed row writes nothing.
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE)
attempt('partial', lambda: w.writerows([['a'], ['b,c'], ['d']]))
print(repr(s.getvalue()))

# read-only attributes of reader and writer
r = csv.reader([])
w = csv.writer(io.StringIO())
for obj, attr in [(r, 'line_num'), (r, 'dialect'), (w, 'dialect')]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
try:
    r.foo = 1
except AttributeError as e:
    print('AttributeError')
try:
    w.foo = 1
except AttributeError as e:
    print('AttributeError')
