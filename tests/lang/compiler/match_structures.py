# match: sequences, mappings, classes, star patterns, nesting.
def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return 'one %r' % (a,)
        case [a, b]:
            return 'two %r %r' % (a, b)
        case [first, *middle, last]:
            return 'many %r %r %r' % (first, middle, last)
        case _:
            return 'not a sequence'
for v in [[], [1], (1, 2), [1, 2, 3, 4], 'ab', range(3), {1: 2}]:
    print(seq(v))

def star_wild(x):
    match x:
        case [1, *_, 9]:
            return 'starts 1 ends 9'
        case [*_, 0]:
            return 'ends 0'
        case [*_]:
            return 'any seq'
print(star_wild([1, 5, 6, 9]), star_wild([3, 0]), star_wild([7]))

def mapping(m):
    match m:
        case {'type': 'point', 'x': x, 'y': y}:
            return 'point %s,%s' % (x, y)
        case {'type': 'circle', **rest}:
            return 'circle with %s' % sorted(rest)
        case {}:
            return 'some mapping'
print(mapping({'type': 'point', 'x': 1, 'y': 2, 'z': 3}))
print(mapping({'type': 'circle', 'r': 5, 'c': 0}))
print(mapping({'a': 1}), mapping([1]))

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return 'on y axis at %d' % y
        case Point(x, 0):
            return 'on x axis at %d' % x
        case Point(x=a, y=b) if a == b:
            return 'diagonal %d' % a
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), 5]:
    print(where(p))

def nested(cmd):
    match cmd.split():
        case ['go', ('north' | 'south') as d]:
            return 'going ' + d
        case ['pick', 'up', *items] if items:
            return 'picking ' + ', '.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case [verb, *_]:
            return 'unknown verb ' + verb
        case []:
            return 'nothing'
for c in ['go north', 'go west', 'pick up a b', 'pick up', 'exit', '']:
    print(nested(c))
match (1, [2, {'k': (3, 4)}]):
    case (a, [b, {'k': (c, d)}]):
        print(a, b, c, d)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError', e)
