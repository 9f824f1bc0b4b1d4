# _operator through operator.py: every function, the three getter types,
# their reprs, pickling support and errors
import operator
import _operator
from operator import attrgetter, itemgetter, methodcaller


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.itemgetter is _operator.itemgetter)
print(operator.__doc__ == _operator.__doc__)
names = sorted(n for n in dir(_operator) if not n.startswith('__'))
print(names)
for n in names:
    f = getattr(_operator, n)
    if callable(f) and not isinstance(f, type):
        print(n, f.__text_signature__, f.__doc__.splitlines()[0])

class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'N(%r)' % self.v
    def __iadd__(self, o):
        self.v += o
        return self
    def __index__(self):
        return self.v

a, b = 7, 3
for n in ('add', 'sub', 'mul', 'floordiv', 'truediv', 'mod', 'pow', 'lshift', 'rshift',
          'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not',
          'iadd', 'isub', 'imul', 'ifloordiv', 'itruediv', 'imod', 'ipow', 'ilshift',
          'irshift', 'iand', 'ior', 'ixor'):
    print(n, getattr(operator, n)(a, b), getattr(operator, n)(2.5, 2) if n not in
          ('lshift', 'rshift', 'and_', 'or_', 'xor', 'ilshift', 'irshift', 'iand', 'ior', 'ixor') else '')
for n in ('neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index'):
    print(n, getattr(operator, n)(-5))
l = [1]
print(operator.iadd(l, [2]) is l, l, operator.iconcat(l, (3,)) is l, l)
n = N(1)
print(operator.iadd(n, 5) is n, n, operator.index(N(42)))
print(operator.concat('ab', 'cd'), operator.concat([1], [2]), operator.contains([1, 2], 2), operator.contains('abc', 'x'))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
d = {}
print(operator.setitem(d, 'k', 1), d, operator.getitem(d, 'k'), operator.delitem(d, 'k'), d)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(5, 9))
print(operator.call(divmod, 7, 2), operator.call(dict, a=1), operator.call(print, 'x', end='!\n'))
print(operator.matmul.__name__, operator.is_(None, None))
t(lambda: operator.matmul(1, 2))
t(lambda: operator.imatmul(1, 2))
t(lambda: operator.concat(1, 2))
t(lambda: operator.concat([1], (2,)))
t(lambda: operator.iconcat(1, [2]))
t(lambda: operator.indexOf([1], 2))
t(lambda: operator.countOf(1, 2))
t(lambda: operator.contains(1, 2))
t(lambda: operator.length_hint(1, 'a'))
t(lambda: operator.length_hint())
t(lambda: operator.index(1.5))
t(lambda: operator.add(1))
t(lambda: operator.add(1, 2, 3))
t(lambda: operator.neg())
t(lambda: operator.setitem([1], 0))
t(lambda: operator.call())
t(lambda: operator.truediv(1, 0))
t(lambda: operator.getitem([], 1))
t(lambda: operator.delitem({}, 1))
t(lambda: operator.lt(1, 'a'))
t(lambda: operator.add(a=1, b=2))

cd = _operator._compare_digest
print(cd('abc', 'abc'), cd('abc', 'abd'), cd('abc', 'ab'), cd(b'x', bytearray(b'x')), cd(memoryview(b'ab'), b'ab'))
print(_operator._compare_digest is cd, cd('', ''), cd(b'', b'a'))
t(lambda: cd('a', 'é'))
t(lambda: cd('a', b'a'))
t(lambda: cd(b'a', 'a'))
t(lambda: cd(1, 2))

# attrgetter
class R:
    pass
r = R()
r.name = R()
r.name.first = 'Ada'
r.name.last = 'L'
r.x = 1
print(attrgetter('x')(r), attrgetter('name.first', 'name.last', 'x')(r), attrgetter('real', 'imag.real')(3))
g = attrgetter('name.first', 'x')
print(repr(g), repr(attrgetter('x')), g.__reduce__()[1], attrgetter('a.b.c').__reduce__())
t(lambda: attrgetter())
t(lambda: attrgetter(1))
t(lambda: attrgetter('a', x=1))
t(lambda: attrgetter('a')())
t(lambda: attrgetter('a')(1, 2))
t(lambda: attrgetter('a')(obj=2))
t(lambda: attrgetter('name.middle')(r))
t(lambda: attrgetter('a..b')(r))
print(repr(attrgetter('a..b')), attrgetter('x')(obj) if False else '')
t(lambda: type('X', (attrgetter,), {}))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))

# itemgetter
print(itemgetter(1)('abc'), itemgetter(-1)((1, 2)), itemgetter(0, 2)('xyz'), itemgetter('k')({'k': 5}))
print(itemgetter(slice(1, None))([1, 2, 3]), itemgetter(1)(range(5)), itemgetter(N(1))([5, 6]))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), itemgetter(1).__reduce__(), itemgetter(1, 2).__reduce__())
class Tu(tuple):
    def __getitem__(self, i):
        return 'sub'
print(itemgetter(0)(Tu((1,))), itemgetter(2**70 if False else 10**3)(range(2000)))
t(lambda: itemgetter(5)((1, 2)))
t(lambda: itemgetter(2**70)((1, 2)))
t(lambda: itemgetter())
t(lambda: itemgetter(1)())
t(lambda: itemgetter(1)([1, 2], [3]))
t(lambda: itemgetter(1, key=2))
t(lambda: itemgetter(1)(obj=[1, 2]))
t(lambda: itemgetter('a')([1]))
x = []
x.append(itemgetter(x))
print(repr(x))

# methodcaller
print(methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'), methodcaller('get', 'k', default=0)({}) if False else methodcaller('get', 'k', 0)({}))
print(methodcaller('replace', 'a', 'b', count=1)('aaa') if False else methodcaller('center', 7, '*')('x'))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'two', x=3, y=[4])))
print(methodcaller('f', 1).__reduce__(), methodcaller('f').__reduce__())
print(repr(methodcaller('f', **{'a b': 1})))
t(lambda: methodcaller())
t(lambda: methodcaller(1))
t(lambda: methodcaller(name='upper'))
t(lambda: methodcaller('upper')())
t(lambda: methodcaller('upper')('a', 'b'))
t(lambda: methodcaller('upper')(x=1))
t(lambda: methodcaller('nope')(1))
print(type(methodcaller('f')).__name__, type(attrgetter('f')).__module__)
