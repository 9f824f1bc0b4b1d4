@dec
def f():
    pass

@dec1
@dec2(arg)
@a.b.c
def g():
    pass

@dec
class C:
    pass

@x[0]
def h():
    pass

@(lambda f: f)
def i():
    pass

@a.b(c)(d)
async def j():
    pass

@x := y
def k():
    pass

@functools.lru_cache(maxsize=None)
def l(n):
    return n
