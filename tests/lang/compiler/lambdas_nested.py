# Lambdas: closures, defaults, nesting, recursion through names.
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: 'no args')())
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(inc.__name__, inc.__qualname__, (lambda: 0).__code__.co_name)
def outer():
    return lambda: lambda: outer.__name__
print(outer()()())
print(outer().__qualname__)
print([f(3) for f in [lambda x, p=p: x ** p for p in range(4)]])
print((lambda x: (yield x))(1).__class__.__name__)
print((lambda: None).__doc__, (lambda: 'x').__code__.co_consts)
