# Call forms: methods, keywords, star args, nested calls, long argument lists.
class Acc:
    def __init__(self):
        self.items = []
    def add(self, *vals, sep=None):
        self.items.extend(vals)
        if sep is not None:
            self.items.append(sep)
        return self
a = Acc()
a.add(1).add(2, 3).add(4, sep='|')
print(a.items)
print('-'.join(map(str, range(5))))
print(dict(a=1, b=2), dict([('x', 1)], y=2))
def many(*args, **kw):
    return len(args), len(kw)
print(many(*range(40)), many(**{str(i): i for i in range(20)}))
print(many(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32))
print(many(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16, q=17))
print(a.add.__self__ is a, Acc.add(a, 9).items[-1])
m = a.add
m(100)
print(a.items[-1])
print(str.upper('x'), 'abc'.replace('b', 'B', 1), ' pad '.strip())
print((lambda **k: k)(**{'a': 1}, **{'b': 2}))
try:
    many(**{1: 2})
except TypeError as e:
    print('TypeError', e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print('TypeError', e)
try:
    a.nope()
except AttributeError as e:
    print('AttributeError', e)
print(max([3, 1, 2], key=lambda v: -v), sorted('cba', reverse=True))
print(print.__name__, getattr(a, 'items')[:2])
