# assert statements and __debug__.
def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError', e)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert [], []
except AssertionError as e:
    print('AssertionError', e.args)
print(__debug__)
if __debug__:
    print('debug mode')
assert True
def lazy_msg():
    print('message evaluated')
    return 'msg'
assert 1, lazy_msg()
try:
    assert 0, lazy_msg()
except AssertionError as e:
    print(e)
code = compile('assert 0', 'm', 'exec', optimize=1)
exec(code)
print('assert removed with optimize=1')
code2 = compile('def f():\n    "doc"\n    return 1\n', 'm', 'exec', optimize=2)
ns = {}
exec(code2, ns)
print(ns['f'].__doc__)
code3 = compile('def f():\n    "doc"\n    return 1\n', 'm', 'exec', optimize=1)
exec(code3, ns)
print(ns['f'].__doc__)
print(eval(compile('__debug__', 'm', 'eval', optimize=1)))
