# Generators: yield, send, return values, yield from delegation.
def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return 'liftoff'
g = countdown(3)
print(next(g), next(g), g.send(5), next(g))
print(list(countdown(4)))
try:
    g2 = countdown(1)
    next(g2)
    next(g2)
except StopIteration as e:
    print('StopIteration', e.value)

def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner-result'
def outer():
    r = yield from inner()
    print('delegated result', r)
    yield from range(2)
    yield from [10, 20]
o = outer()
print(next(o), o.send('sent'), next(o), next(o), next(o), next(o))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print('generator closed')
c = closer()
print(next(c))
c.close()

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught in gen', e)
t = thrower()
next(t)
t.throw(ValueError('boom'))
print(type(t).__name__, t.__name__, t.__qualname__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(countdown.__code__.co_flags & 0x20 != 0, fib.__code__.co_flags & 0x20 != 0)
def gen_expr_scope():
    xs = [1, 2, 3]
    return sum(x * x for x in xs if x != 2)
print(gen_expr_scope())
def yield_expr():
    v = yield
    print('v is', v)
    yield (yield 'a') or 'b'
ye = yield_expr()
print(next(ye), ye.send(1), ye.send(None))
for src in ['yield 1', 'class A:\n    yield 1\n', 'def f():\n    [(yield x) for x in y]\n']:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
