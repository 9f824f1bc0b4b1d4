# Write then read back many generated rows under several dialects; every
# row must come back unchanged.
import csv
import io
import random

rng = random.Random(1234)
alphabet = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '\n', '\r', '\t', '|', 'é', '😀', '\0', '1', '.']


def field():
    return ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8)))


rows = [[field() for _ in range(rng.randrange(1, 6))] for _ in range(300)]
# a lone empty field is written quoted so that it survives
rows.append([''])

dialects = [
    dict(),
    dict(dialect='unix'),
    dict(dialect='excel-tab'),
    dict(delimiter=';', quotechar="'"),
    dict(quoting=csv.QUOTE_ALL),
    dict(doublequote=False, escapechar='\\'),
    dict(quoting=csv.QUOTE_ALL, doublequote=False, escapechar='\\', lineterminator='\n'),
    dict(delimiter='|'),
    dict(delimiter='|', lineterminator='\n', quoting=csv.QUOTE_ALL),
]
for kw in dialects:
    buf = io.StringIO(newline='')
    csv.writer(buf, **kw).writerows(rows)
    text = buf.getvalue()
    back = list(csv.reader(io.StringIO(text, newline=''), **kw))
    bad = sum(1 for a, b in zip(rows, back) if a != b)
    print(kw, len(text), len(back), bad)

# QUOTE_NONE with an escape character also round-trips fields without
# line breaks.
flat = [[f.replace('\n', '').replace('\r', '') for f in row] for row in rows[:-1]]
flat = [row if row != [''] else ['x'] for row in flat]
for kw in [dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
           dict(quoting=csv.QUOTE_NONE, escapechar='\\', delimiter='\t')]:
    buf = io.StringIO(newline='')
    csv.writer(buf, **kw).writerows(flat)
    back = list(csv.reader(io.StringIO(buf.getvalue(), newline=''), **kw))
    print(kw, len(back), sum(1 for a, b in zip(flat, back) if a != b))

# QUOTE_NONNUMERIC: numbers come back as floats.
nums = [[rng.randrange(-1000, 1000), rng.random(), 'txt%d' % i] for i in range(50)]
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerows(nums)
back = list(csv.reader(io.StringIO(buf.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(all(isinstance(r[0], float) and r[0] == n[0] and r[1] == n[1] and r[2] == n[2]
          for r, n in zip(back, nums)))
print(back[:2])
