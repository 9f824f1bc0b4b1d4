def f():
    pass

def g(a, b):
    return a + b

def h(a, b=1, *args, c, d=2, **kwargs):
    return

def p(a, /, b, *, c):
    pass

def q(a, b=1, /, c=2, *args):
    pass

def r(*, a, b=1):
    pass

def ann(a: int, b: str = "x", *args: int, c: float, **kw: bool) -> None:
    pass

def nested():
    def inner():
        nonlocal x
        global y
        return x
    return inner

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    return 5

def star_ret():
    return *a, b

def defaults(a=[], b={}, c=lambda: 0):
    pass

def trailing(a, b,):
    pass

def trailing2(
    a,
    b,
    *,
    c,
):
    pass

def onelineA(): return 1
def onelineB(x): x += 1; return x
