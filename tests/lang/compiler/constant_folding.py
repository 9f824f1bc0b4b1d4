# Constant folding must not change results.
print(2 ** 10, -2 ** 2, (-2) ** 2, 7 // 2, -7 // 2, 7 % -3, 1 / 4)
print('ab' * 3, b'x' * 2, (1, 2) * 2, ~5, -(-3), +4, not 0)
print(1 << 100, 2 ** 64, 10 ** 20)
print(3 in (1, 2, 3), 4 not in [1, 2], 'a' in {'a', 'b'})
def f():
    return 60 * 60 * 24
print(f(), 60 * 60 * 24 in f.__code__.co_consts)
def g():
    return 'x' * 5000
print(len(g()), 'x' * 5000 in g.__code__.co_consts)
def h():
    return (1, 2, (3, 4))
print(h.__code__.co_consts[1:])
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print('%s-%s' % (1, 2), 'abc'[1], 'abc'[::-1], (1, 2, 3)[-1])
for x in [1, 2, 3]:
    pass
print(x)
print(0.1 + 0.2, 1e308 * 10, -0.0, 0.0 == -0.0)
print(type(1 + 2j).__name__, (1 + 2j) * 2)
def k():
    return -0.0, 0.0
print(k())
print(not (x is None), not (x in (1, 2)))
