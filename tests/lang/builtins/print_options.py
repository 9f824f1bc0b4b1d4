import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep=', ')
print('a', 'b', sep='')
print('no newline', end='')
print(' -> continued')
print('x', 'y', sep=None, end=None)
print(*range(5), sep='-', end='!\n')
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print('hello', 42, None, file=c)
print(c.parts)
class R:
    def __str__(self): return 'str-form'
    def __repr__(self): return 'repr-form'
print(R(), [R()])
def err(**k):
    try:
        print('x', **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(sep=3)
err(end=b'')
err(bogus=1)
err(file=5)
print('ünïcödé ✓')
print(1.5, 2j, True, None, b'bytes', [1, 'a'], {'k': (1,)})
