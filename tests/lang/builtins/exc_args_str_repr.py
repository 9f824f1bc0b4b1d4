for e in [ValueError(), ValueError('one'), ValueError('a', 'b'), ValueError(1), ValueError(None),
          KeyError('key'), KeyError(), KeyError('a', 'b'), KeyError(('t',)), IndexError(3),
          Exception([1, 2]), BaseException(''), StopIteration(7), SystemExit(2),
          ZeroDivisionError('division by zero')]:
    print(type(e).__name__, e.args, '|', str(e), '|', repr(e))
e = ValueError('x')
e.args = ('changed', 2)
print(e, repr(e))
e.args = [1]
print(e.args)
try:
    del e.args
except TypeError as err:
    print('TypeError:', err)
class MyError(Exception):
    pass
print(repr(MyError('m')), str(MyError('m', 1)))
class WithInit(Exception):
    def __init__(self, code, detail):
        super().__init__(f'{code}: {detail}')
        self.code = code
w = WithInit(404, 'not found')
print(w, w.args, w.code, repr(w))
class CustomStr(Exception):
    def __str__(self):
        return 'custom!'
print(str(CustomStr('ignored')), repr(CustomStr('ignored')))
try:
    ValueError(x=1)
except TypeError as err:
    print('TypeError:', err)
print(ValueError.__new__(ValueError, 1, 2).args)
print(e.__reduce__(), ValueError('a', 'b').__reduce__())
v = ValueError('s')
v.extra = 5
print(v.__reduce__())
v2 = ValueError()
v2.__setstate__({'attr': 'set'})
print(v2.attr)
