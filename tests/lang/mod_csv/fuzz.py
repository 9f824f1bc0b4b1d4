# Generated inputs under generated dialects: every reader result, writer
# output and error message must be CPython's.
import csv
import io
import random

rng = random.Random(305)
chars = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '\n', '\r', '\t', '\0', '1', '.', 'é']


def text(n):
    return ''.join(rng.choice(chars) for _ in range(rng.randrange(0, n)))


def line(n):
    # line breaks only at the end, as a file delivers them (mostly)
    body = ''.join(rng.choice(chars[:8] + chars[10:]) for _ in range(rng.randrange(0, n)))
    return body + rng.choice(['', '\n', '\r\n', '\r', '\n'])


def options():
    kw = {}
    if rng.random() < 0.3:
        kw['delimiter'] = rng.choice([',', ';', '\t', ' ', '"', '\\'])
    if rng.random() < 0.3:
        kw['quotechar'] = rng.choice(['"', "'", None, ','])
    if rng.random() < 0.3:
        kw['escapechar'] = rng.choice(['\\', None, '"', ';'])
    if rng.random() < 0.3:
        kw['doublequote'] = rng.random() < 0.5
    if rng.random() < 0.3:
        kw['skipinitialspace'] = rng.random() < 0.5
    if rng.random() < 0.3:
        kw['quoting'] = rng.randrange(4)
    if rng.random() < 0.3:
        kw['strict'] = rng.random() < 0.5
    if rng.random() < 0.2:
        kw['lineterminator'] = rng.choice(['\n', '\r\n', ';', ''])
    return kw


def outcome(fn):
    try:
        return repr(fn())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for i in range(500):
    kw = options()
    lines = [line(12) for _ in range(rng.randrange(1, 4))]
    print(i, kw, repr(lines), '->', outcome(lambda: list(csv.reader(lines, **kw))))
    row = [text(6) for _ in range(rng.randrange(0, 4))]

    def write():
        s = io.StringIO()
        n = csv.writer(s, **kw).writerow(row)
        return s.getvalue(), n
    print(i, kw, repr(row), '=>', outcome(write))
