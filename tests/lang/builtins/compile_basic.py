c = compile('a + 1', 'expr.py', 'eval')
print(type(c).__name__, c.co_filename, eval(c, {'a': 41}))
c = compile('b = 2\nc = b * 3', 'mod.py', 'exec')
ns = {}
exec(c, ns)
print(ns['c'])
c = compile('print("single")', '<s>', 'single')
exec(c)
def err(*a, **k):
    try:
        compile(*a, **k)
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)
err('x', 'f', 'bad')
err(5, 'f', 'exec')
err('x\0', 'f', 'exec')
err('def', 'f', 'exec')
err('x = 1', 'f', 'eval')
err('1 +', 'here.py', 'eval')
try:
    compile('(1, 2', 'paren.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
print(compile(b'1', 'b', 'eval').co_filename)
print(eval(compile('1', 'f', 'eval', dont_inherit=True)))
