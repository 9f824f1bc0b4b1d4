nums = [5, 3, 8, 1, 9, 2]
print(list(map(lambda n: n * n, nums)))
print(list(filter(lambda n: n % 2, nums)))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))
print(sorted(nums, key=lambda n: (n % 3, n)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, b=3, a=4))
print(list(map(str.upper, ['a', 'b'])), list(map(len, ['xy', 'z', ''])))
m = map(int, '123')
print(next(m), list(m), list(m))
f = filter(lambda c: c.isalpha(), 'a1b2c3')
print(''.join(f))
print(list(zip('abc', range(3), [True, False, None])))
print(list(enumerate('xyz', start=1)), list(reversed([1, 2, 3])))
print(sum(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print('TypeError:', e)
