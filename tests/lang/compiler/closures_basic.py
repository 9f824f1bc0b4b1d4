# Closures: cells, free variables, late binding, counters.
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter(0)
print(inc2(), get(), get2())

def adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return [f(10) for f in fs]
print(adders())

def adders_bound():
    return [(lambda x, i=i: x + i)(10) for i in range(3)]
print(adders_bound())

def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def cell_is_arg(a, b):
    def f():
        return a * b
    a += 1
    return f()
print(cell_is_arg(3, 4))
print(make_counter.__code__.co_cellvars, inc.__code__.co_freevars)
print(cell_is_arg.__code__.co_cellvars, cell_is_arg.__code__.co_varnames)
print(inc.__closure__[0].cell_contents)

def late():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return g()
print(late())
