# A small realistic program: write an inventory CSV file, read it back,
# aggregate it, and write a report, using files from tempfile and
# in-memory io.StringIO buffers.
import csv
import io
import os
import tempfile

inventory = [
    ('sku', 'name', 'category', 'qty', 'unit_price'),
    ('A-1', 'Widget, small', 'hardware', 10, 2.5),
    ('A-2', 'Widget "Pro"', 'hardware', 3, 19.99),
    ('B-7', 'Cable\n2 m', 'electrical', 25, 1.2),
    ('C-3', 'Crème brûlée torch', 'kitchen', 1, 34.0),
    ('B-9', '', 'electrical', 0, 0.5),
    ('D-1', 'Ünïcödé 😀', 'misc', 7, 3.0),
]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'inventory.csv')
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        for row in inventory:
            w.writerow(row)
    with open(path, 'rb') as f:
        raw = f.read()
    print(len(raw), raw.count(b'\r\n'), raw[:40])

    with open(path, newline='', encoding='utf-8') as f:
        reader = csv.DictReader(f)
        totals = {}
        items = []
        for rec in reader:
            qty = int(rec['qty'])
            value = qty * float(rec['unit_price'])
            totals[rec['category']] = totals.get(rec['category'], 0.0) + value
            items.append(rec)
        print('records:', len(items), 'lines:', reader.line_num)
    for rec in items:
        print(rec)

    report = os.path.join(tmp, 'report.tsv')
    with open(report, 'w', newline='') as f:
        w = csv.writer(f, dialect='excel-tab')
        w.writerow(['category', 'total'])
        w.writerows(sorted((k, '%.2f' % v) for k, v in totals.items()))
    with open(report, newline='') as f:
        print(f.read().replace('\t', ' | '))
    with open(report, newline='') as f:
        print(list(csv.reader(f, 'excel-tab')))

    # The same data with a custom dialect, QUOTE_NONNUMERIC, and back.
    class Pipes(csv.Dialect):
        delimiter = '|'
        quotechar = "'"
        escapechar = '\\'
        doublequote = False
        skipinitialspace = False
        lineterminator = '\n'
        quoting = csv.QUOTE_NONNUMERIC

    buf = io.StringIO()
    w = csv.writer(buf, Pipes)
    w.writerows(inventory[1:])
    text = buf.getvalue()
    print(text)
    back = list(csv.reader(io.StringIO(text, newline=''), Pipes))
    print(back == [list(r) for r in inventory[1:]])
    for row in back:
        print(row)

    # Appending to an existing file and counting rows again.
    with open(path, 'a', newline='', encoding='utf-8') as f:
        csv.writer(f).writerow(['E-5', 'Late, "added"', 'misc', 2, 9.5])
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    print(len(rows), rows[-1])

# Opening without newline='' shows why the docs insist on it: the
# embedded \r\n inside a quoted field gets translated.
s = io.StringIO('a,"x\r\ny"\r\n')
print(list(csv.reader(s)))
