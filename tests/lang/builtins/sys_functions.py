import sys
old = sys.getrecursionlimit()
print(old > 100)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print('TypeError:', e)
print(sys.getsizeof(0) > 0, sys.getsizeof('abc') < sys.getsizeof('abcdefgh'))
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()) >= 100)
class NegSize:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(NegSize())
except ValueError as e:
    print('ValueError:', e)
class BadSize:
    def __sizeof__(self):
        return 'x'
print(sys.getsizeof(BadSize(), 'dflt'))
x = object()
print(sys.getrefcount(x) >= 2)
s = sys.intern('hello world!')
print(s is sys.intern('hello world!'))
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, repr(sys.exception()))
print(sys.exception())
def caller():
    return callee()
def callee():
    return sys._getframe(1).f_code.co_name, sys._getframe().f_code.co_name
print(caller())
try:
    sys._getframe(10000)
except ValueError as e:
    print('ValueError:', e)
print(sys.gettrace(), sys.getprofile())
