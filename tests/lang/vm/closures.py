def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())
print(c1.__closure__[0].cell_contents)
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars)

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()

print(outer())

def shared():
    value = []
    def push(v):
        value.append(v)
    def get():
        return list(value)
    return push, get

push, get = shared()
push(1)
push(2)
print(get())

def arg_cell(a):
    def read():
        return a
    a = a * 2
    return read

print(arg_cell(21)())

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(60), len(slow_fib.cache))

def decorator_with_args(prefix):
    def deco(fn):
        def wrapped(*args):
            return prefix + str(fn(*args))
        return wrapped
    return deco

@decorator_with_args(">> ")
def mul(a, b):
    return a * b

print(mul(6, 7))

class Builder:
    def make(self):
        def method_closure():
            return self.__class__.__name__
        return method_closure

print(Builder().make()())

def deep_nonlocal():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()

print(deep_nonlocal())
x = "global"
def reads_global():
    def inner():
        return x
    return inner()
print(reads_global())
