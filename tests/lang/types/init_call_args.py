# Arguments reaching a Python __init__ through type.__call__.
class P:
    def __init__(self, *args, **kw):
        print(type(self).__name__, args, sorted(kw.items()))

P()
P(1)
P(1, 2, 3)
P(*range(7))
P(*range(8))
P(*range(20))
P(1, a=2)
P(b=3, a=4)
P(*range(12), z=1)
P(**{})

class V:
    def __init__(self, x, y=0, *, z=5):
        self.s = (x, y, z)

print(V(1).s, V(1, 2).s, V(1, z=3).s, V(y=1, x=2).s)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'q': 1}), ((1,), {'x': 2})]:
    try:
        V(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

class R:
    def __init__(self, v):
        return v

for v in [None, 1, 'x', [], R]:
    try:
        R(v)
        print('ok', v)
    except TypeError as e:
        print(type(e).__name__, e)

class B:
    def __init__(self, a):
        raise ValueError(a)

try:
    B(42)
except ValueError as e:
    print(type(e).__name__, e)

class Sub(V):
    pass

print(Sub(9, z=8).s)

class N:
    pass

try:
    N(1)
except TypeError as e:
    print(type(e).__name__, e)

class Inst:
    def __call__(self, obj, *a):
        print('callable __init__', type(obj).__name__, a)

class C:
    __init__ = Inst()

C(1, 2)

class S(str):
    def __init__(self, *a, **k):
        print('str sub', a, k)

print(repr(S('abc')))

# __init__ and __new__ changed after the class was made
class L:
    pass

try:
    L(1)
except TypeError as e:
    print(type(e).__name__, e)
L.__init__ = lambda self, a: print('late init', a)
L(5)
del L.__init__
try:
    L(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(L()).__name__)
L.__new__ = lambda cls, *a: ('new', a)
print(L(1, 2))

class SM:
    @staticmethod
    def __init__(*a):
        print('static', len(a))

SM(1, 2)

class CM:
    @classmethod
    def __init__(cls, *a):
        print('classmethod', cls.__name__, a)

CM(3)

class NC:
    __init__ = 5

try:
    NC()
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', a, k)
        return super().__call__(*a, **k)

class WM(metaclass=Meta):
    def __init__(self, x):
        print('WM init', x)

WM(7)

class Plain(type):
    pass

class WP(metaclass=Plain):
    def __init__(self, x):
        self.x = x

print(WP(8).x)

class WithNew:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, *a):
        print('init', a)

WithNew(1, 2)

class Other:
    def __new__(cls, *a):
        return 42
    def __init__(self, *a):
        print('never')

print(Other(1))

def deep(cls, n):
    return cls(*range(n))

class Many:
    def __init__(self, *a):
        self.n = len(a)

print([deep(Many, n).n for n in (0, 1, 7, 8, 9, 30)])
print([Many(*range(n)).n for n in (0, 9, 30)])
print(list(map(Many, [1, 2, 3]))[2].n)
print(sorted([3, 1, 2], key=lambda v: Many(v, v).n))
