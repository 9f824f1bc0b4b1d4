def cleanup(path):
    # os is not available everywhere yet: remove the scratch file when it is
    try:
        import os
    except Exception:
        return
    os.remove(path)
name = 'krait_test_ctx.csv'
rows = [('name', 'qty'), ('apple', 3), ('pear', 7), ('plum', 12)]
with open(name, 'w') as out:
    for row in rows:
        print(*row, sep=',', file=out)
total = 0
with open(name) as src:
    header = next(src).strip().split(',')
    for line in src:
        fruit, qty = line.strip().split(',')
        total += int(qty)
print(header, total)
class Tracker:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Tracker():
    print('inside')
with Tracker():
    raise KeyError('swallowed')
try:
    with Tracker():
        raise ValueError('propagates')
except ValueError as e:
    print('outside', e)
with open(name) as a, open(name) as b:
    print(a.readline() == b.readline())
print(a.closed, b.closed)
lines = [l.rstrip() for l in open(name)]
print(lines)
cleanup(name)
