# Defaults, keyword-only and positional-only parameters.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, d=9, e=10))
def g(x, y, /, z, *, w=0):
    return x, y, z, w
print(g(1, 2, 3), g(1, 2, z=3, w=4))
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print('TypeError', e)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1), mutable(2))
print(f.__defaults__, f.__kwdefaults__, g.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)
def ann(a: int, b: 'str' = 'x', *c: float, d: list = None, **e: dict) -> bool:
    pass
print(ann.__annotations__)
counter = 0
def side():
    global counter
    counter += 1
    return counter
def h(v=side()):
    return v
print(h(), h(), counter)
def kwonly(*, k):
    return k
print(kwonly(k=5))
try:
    kwonly(5)
except TypeError as e:
    print('TypeError', e)
lam = lambda a, /, b=1, *, c=2: (a, b, c)
print(lam(0), lam(0, c=5), lam.__defaults__, lam.__kwdefaults__)
for src in ['def f(a, a): pass', 'def f(a=1, b): pass', 'f(a=1, a=2)']:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
