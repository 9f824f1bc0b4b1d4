# Starred assignment, unpacking in calls and displays.
a, *b, c = range(6)
print(a, b, c)
*init, last = 'hello'
print(init, last)
first, *rest = [1]
print(first, rest)
(x, y), *z = [(1, 2), 3, 4]
print(x, y, z)
[p, [q, *r]] = [0, [1, 2, 3]]
print(p, q, r)
a, b = b, a
print(a, b)
m, n, o = 1, 2, 3
m, n, o = o, m, n
print(m, n, o)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, *c = [1]
except ValueError as e:
    print('ValueError', e)
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], 3, *(4,), k=1, **{'j': 2}))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print([*range(3), *'ab', 9])
print((*[1, 2],))
print({*[1, 2], *[2, 3]} == {1, 2, 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print(f(*(), **{}))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError', e)
for src in ['a, *b, *c = x', '*a = x', 'print(*a for a in b)']:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
