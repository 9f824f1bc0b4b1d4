print(eval('1 + 2 * 3'))
print(eval('  x * 2', {'x': 21}))
print(eval('[i * i for i in range(5)]'))
g = {'a': 10}
l = {'b': 5}
print(eval('a + b', g, l))
print('__builtins__' in g, type(g['__builtins__']).__name__)
print(eval('len("abc")', {}))
x = 'outer'
def f():
    x = 'inner'
    return eval('x')
print(f(), eval('x'))
code = compile('3 ** 4', '<calc>', 'eval')
print(eval(code))
print(eval(b'7 // 2'))
def err(*a):
    try:
        print(eval(*a))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err('1 +')
err('x = 1')
err('undefined_name')
err(5)
err('1', 5)
err('1', {}, 5)
err('1/0')
class Mapping:
    def __getitem__(self, k):
        return k.upper()
    def keys(self):
        return []
print(eval('hello + world', {}, Mapping()))
