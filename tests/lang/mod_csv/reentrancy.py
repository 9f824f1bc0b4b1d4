# Callbacks into Python from inside the reader and writer: the input
# iterator, a field's __str__, the file's write.  Reference cycles
# through reader and writer are collected.
import csv
import gc
import io

# The input iterator reads from the reader it feeds.
holder = {}


def lines():
    yield 'a,b'
    yield '"multi'
    yield 'line",x'
    yield 'c,d'


r = csv.reader(lines())
print(list(r), r.line_num)


def nested():
    yield 'outer1'
    # a record read from inside the outer reader's input
    yield 'inner sees %s' % (next(holder['inner']),)
    yield 'outer2'


holder['inner'] = csv.reader(['i1,i2'])
print(list(csv.reader(nested())))

# write() that writes again through the same writer.
out = []


class Echo:
    depth = 0

    def write(self, s):
        out.append(s)
        if self.depth == 0:
            self.depth += 1
            w.writerow(['from', 'write'])
        return len(s)


w = csv.writer(Echo())
print(w.writerow(['a', 'b']))
print(out)

# A field whose __str__ writes a row through the same writer.
s = io.StringIO()
w2 = csv.writer(s)


class Sneaky:
    def __str__(self):
        w2.writerow(['sneak'])
        return 'S'


w2.writerow(['x', Sneaky(), 'y'])
print(repr(s.getvalue()))

# Cycles: the reader's input holds the reader; the writer's file holds
# the writer.


class Loop:
    def __init__(self):
        self.reader = csv.reader(self)

    def __iter__(self):
        return iter(['1,2'])


class FileLoop:
    def __init__(self):
        self.writer = csv.writer(self)
        self.parts = []

    def write(self, s):
        self.parts.append(s)


for _ in range(100):
    loop = Loop()
    fl = FileLoop()
    fl.writer.writerow(['a'])
del loop, fl
gc.collect()
print('collected')

# Many readers and writers in a row.
total = 0
for i in range(2000):
    buf = io.StringIO()
    csv.writer(buf).writerow([i, 'x,y', None])
    total += len(next(csv.reader([buf.getvalue()])))
print(total)
