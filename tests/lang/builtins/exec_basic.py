ns = {}
exec('x = 1\ny = x + 1\ndef f(a): return a * y', ns)
print(ns['x'], ns['y'], ns['f'](10))
print(sorted(k for k in ns if k != '__builtins__'))
g = {}
l = {}
exec('a = 5\nb = a * 2', g, l)
print(sorted(l.items()), 'a' in g)
src = '''
total = 0
for i in range(10):
    total += i
'''
scope = {}
exec(src, scope)
print(scope['total'])
code = compile('result = 6 * 7', '<exec>', 'exec')
d = {}
print(exec(code, d), d['result'])
exec(b'z = "from bytes"', d)
print(d['z'])
def err(*a, **k):
    try:
        exec(*a, **k)
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)
err('x =')
err('raise KeyError("k")')
err(5)
err('pass', 5)
err('pass', {}, 5)
err('pass', closure=None)
err('pass', {}, {}, closure=(1,))
exec('import sys as s1', d)
print(d['s1'].maxsize > 0)
exec('class K:\n    v = 3\n', d)
print(d['K'].v, d['K'].__module__)
