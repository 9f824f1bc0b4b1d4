def g():
    yield
    yield x
    yield x, y
    yield *a, b
    yield from g()
    x = yield
    x = yield y
    x = yield from z
    await_ = (yield)
    f((yield))
    return (yield x)

def h():
    lst = [(yield i) for i in range(3)]
    yield (yield)
