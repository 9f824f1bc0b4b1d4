# csv.Dialect / _csv.Dialect construction and validation, and the
# dialect registry.
import csv
import _csv


def show(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace,
            d.lineterminator, d.quoting, getattr(d, 'strict', None))


def D(*a, **kw):
    try:
        return show(_csv.Dialect(*a, **kw))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


print(sorted(n for n in dir(_csv) if not n.startswith('__')))
print(_csv.__version__, csv.__version__)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.Error is _csv.Error, csv.Error.__mro__, csv.Error.__module__)
print(_csv.Dialect.__module__, _csv.Dialect.__name__, _csv.Dialect.__doc__)
print(csv.reader is _csv.reader, csv.writer is _csv.writer)
print(type(_csv.reader([])).__name__, type(_csv.reader([])).__module__)
print(_csv.Reader is type(_csv.reader([])))
print(sorted(_csv._dialects) == sorted(csv.list_dialects()))

calls = [
    ((), {}),
    (('excel',), {}),
    (('excel-tab',), {}),
    (('unix',), {}),
    ((csv.excel,), {}),
    ((csv.excel_tab,), {}),
    ((csv.unix_dialect,), {}),
    ((csv.excel(),), {}),
    ((1,), {}),
    ((None,), {}),
    (('excel',), {'delimiter': ';'}),
    (('excel', ';'), {}),
    (('excel', 1), {}),
    ((), {'dialect': 'unix'}),
    ((), {'delimiter': None}),
    ((), {'delimiter': ''}),
    ((), {'delimiter': 'ab'}),
    ((), {'delimiter': 1}),
    ((), {'delimiter': b','}),
    ((), {'delimiter': ' '}),
    ((), {'delimiter': '\0'}),
    ((), {'delimiter': '\n'}),
    ((), {'delimiter': '\U0001f600'}),
    ((), {'escapechar': ''}),
    ((), {'escapechar': 1}),
    ((), {'escapechar': 'ab'}),
    ((), {'escapechar': None}),
    ((), {'escapechar': '\\'}),
    ((), {'quotechar': None}),
    ((), {'quotechar': None, 'quoting': csv.QUOTE_MINIMAL}),
    ((), {'quotechar': None, 'quoting': csv.QUOTE_NONE}),
    ((), {'quotechar': ''}),
    ((), {'quotechar': 1}),
    ((), {'quotechar': "'"}),
    ((), {'quoting': csv.QUOTE_NONE}),
    ((), {'quoting': csv.QUOTE_NONE, 'quotechar': ''}),
    ((), {'quoting': csv.QUOTE_ALL, 'quotechar': ''}),
    ((), {'quoting': csv.QUOTE_ALL, 'quotechar': None}),
    ((), {'quoting': 4}),
    ((), {'quoting': -1}),
    ((), {'quoting': 'a'}),
    ((), {'quoting': 1.0}),
    ((), {'quoting': True}),
    ((), {'quoting': None}),
    ((), {'quoting': 2 ** 70}),
    ((), {'lineterminator': None}),
    ((), {'lineterminator': 1}),
    ((), {'lineterminator': ''}),
    ((), {'lineterminator': '\n'}),
    ((), {'lineterminator': 'abc'}),
    ((), {'doublequote': []}),
    ((), {'doublequote': 0}),
    ((), {'strict': 1}),
    ((), {'skipinitialspace': 'x'}),
    ((), {'delimiter': ',', 'quotechar': ','}),
    ((), {'delimiter': ',', 'escapechar': ','}),
    ((), {'escapechar': '"', 'quotechar': '"'}),
    ((), {'foo': 1}),
    ((), {'delimiter': 1, 'quotechar': 1}),
    ((), {'quotechar': 1, 'quoting': 9}),
    ((), {'quoting': 9, 'lineterminator': None}),
    ((), {'lineterminator': None, 'quotechar': None, 'quoting': 1}),
    (('nope',), {}),
    ((1, 2, 3), {}),
    (('excel', ',', True, None, '\n', "'", 1, True, True), {}),
    (('excel', ',', True, None, '\n', "'", 1, True, True, 0), {}),
]
for a, kw in calls:
    print(a if not a or isinstance(a[0], (str, int, type(None))) else type(a[0]).__name__, kw,
          '->', D(*a, **kw))


class Partial:
    delimiter = ';'
    quoting = csv.QUOTE_ALL


print(D(Partial))
print(D(Partial, quoting=csv.QUOTE_NONE))


class Bad:
    @property
    def delimiter(self):
        raise RuntimeError('boom')


print(D(Bad()))

# Dialects are immutable and shared when nothing is overridden.
d = csv.get_dialect('excel')
print(_csv.Dialect(d) is d, _csv.Dialect('excel') is d, _csv.Dialect(d, strict=True) is d)
for attr, value in [('delimiter', ';'), ('quoting', 1), ('lineterminator', 'x'),
                    ('strict', True), ('escapechar', None)]:
    try:
        setattr(d, attr, value)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    del d.quotechar
except AttributeError as e:
    print('AttributeError:', e)
try:
    d.foo = 1
except AttributeError as e:
    print('AttributeError:', type(e).__name__)
print(show(d))

# Not picklable, not copyable.
import copy
import pickle
for fn in (copy.copy, pickle.dumps):
    try:
        fn(d)
    except TypeError as e:
        print('TypeError:', e)

# Subclasses of _csv.Dialect


class MyDialect(_csv.Dialect):
    pass


m = MyDialect(delimiter=';')
print(type(m).__name__, show(m), isinstance(m, _csv.Dialect))
print(MyDialect('excel') is d)
try:
    copy.copy(m)
except TypeError as e:
    print('TypeError:', e)

# csv.Dialect (the Python class) validates through _csv.Dialect.


class Good(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


print(show(Good()))


class Wrong(Good):
    delimiter = 'xx'


try:
    Wrong()
except csv.Error as e:
    print('csv.Error:', e)
try:
    csv.Dialect()
except csv.Error as e:
    print('csv.Error:', e)

# The registry.
print(sorted(csv.list_dialects()))
csv.register_dialect('semi', delimiter=';')
print(show(csv.get_dialect('semi')))
csv.register_dialect('good', Good)
print(show(csv.get_dialect('good')))
csv.register_dialect('good2', 'good', quoting=csv.QUOTE_ALL)
print(show(csv.get_dialect('good2')))
csv.register_dialect('plain')
print(show(csv.get_dialect('plain')))
csv.register_dialect('semi', delimiter='|')
print(show(csv.get_dialect('semi')))
print(sorted(csv.list_dialects()))
print(type(csv.list_dialects()).__name__)
print(list(csv.reader(['a|b'], 'semi')), list(csv.reader(['a|b'], dialect='semi')))
for name in ['semi', 'good', 'good2', 'plain']:
    csv.unregister_dialect(name)
print(sorted(csv.list_dialects()))
print(csv.get_dialect(name='unix').lineterminator == '\n')

for call in [lambda: csv.register_dialect(1),
             lambda: csv.register_dialect(None),
             lambda: csv.register_dialect(),
             lambda: csv.register_dialect('a', 1, 2),
             lambda: csv.register_dialect('a', delimiter='xx'),
             lambda: csv.register_dialect('a', 'nope'),
             lambda: csv.register_dialect('a', bad=1),
             lambda: csv.get_dialect('nope'),
             lambda: csv.get_dialect(),
             lambda: csv.get_dialect([]),
             lambda: csv.get_dialect(1),
             lambda: csv.unregister_dialect('nope'),
             lambda: csv.unregister_dialect(),
             lambda: csv.unregister_dialect([]),
             lambda: csv.list_dialects(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print('a' in csv.list_dialects())

# field_size_limit
print(csv.field_size_limit())
print(csv.field_size_limit(10))
print(csv.field_size_limit())
print(list(csv.reader(['0123456789,x'])))
try:
    list(csv.reader(['0123456789a']))
except csv.Error as e:
    print('csv.Error:', e)
try:
    list(csv.reader(['"0123456789\n', 'a"']))
except csv.Error as e:
    print('csv.Error:', e)
print(csv.field_size_limit(new_limit=0))
try:
    list(csv.reader(['a']))
except csv.Error as e:
    print('csv.Error:', e)
print(list(csv.reader([',,'])))
for bad in ['a', 1.5, True, None, 2 ** 70]:
    try:
        csv.field_size_limit(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print('TypeError')
print(csv.field_size_limit(-5))
print(csv.field_size_limit(131072))
print(csv.field_size_limit())
