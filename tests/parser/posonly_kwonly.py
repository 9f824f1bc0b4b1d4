def a(x, /): pass
def b(x, y, /, z): pass
def c(x, /, *, y): pass
def d(x=1, /, y=2, *, z=3): pass
def e(x, /, *args, y, **kwargs): pass
def f(*, a, b, c=1, d): pass
def g(*args, a, b=2): pass
def h(a, b=2, /, c=3, *d, e=4, f, **g): pass
def i(a: int, /, b: str = "", *, c: float = 0.0) -> bool: pass
