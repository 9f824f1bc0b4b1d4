# Equal constants in one compiled module are one object (CPython merges them).
def settings():
    a = (1, 2, 'mode')
    b = (1, 2, 'mode')
    ratio = 2.5
    again = 2.5
    title = 'hello world!'
    other = 'hello world!'
    nested = (1, (2, 3))
    inner = (2, 3)
    big = 10 ** 20
    big2 = 10 ** 20
    return [a is b, ratio is again, title is other, nested[1] is inner, big is big2]
print(settings())
print(len(settings.__code__.co_consts), settings.__code__.co_consts)

def greet():
    return 'hello world!'
def greet2():
    return 'hello world!'
print(greet() is greet2())
print(greet.__code__.co_consts[1] is greet2.__code__.co_consts[1])

point = (1, 2, 'mode')
def get_point():
    return (1, 2, 'mode')
print(get_point() is point, get_point() == point)

# different types stay apart even when equal
def mixed():
    return (1, 1.0, True), (0.0, -0.0), (1, 1.0)
t = mixed()
print(t, [type(x).__name__ for x in t[0]], [str(x) for x in t[1]])
print(t[2][0] is t[0][0], type(t[2][1]).__name__)

def with_lambda():
    f = lambda: 'shared text here'
    return f() is 'shared text here'[:], f() == 'shared text here'
print(with_lambda())
codes = [c for c in with_lambda.__code__.co_consts if hasattr(c, 'co_code')]
print(len(codes), codes[0].co_consts)

src = "x = (1, 'a b')\ndef f():\n    return (1, 'a b')\n"
ns = {}
exec(compile(src, 'm', 'exec'), ns)
print(ns['f']() is ns['x'])
