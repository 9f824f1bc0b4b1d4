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
