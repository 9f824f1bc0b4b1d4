# Error locations come from the location table.
import sys
def line_of(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return type(e).__name__, tb.tb_lineno - fn.__code__.co_firstlineno
def a():
    x = 1
    y = 0
    return x / y
def b():
    items = []
    return (
        items[
            5
        ]
    )
def c():
    d = {}
    v = 1
    v += d['missing']
def d():
    for i in range(3):
        if i == 2:
            raise ValueError(i)
print(line_of(a), line_of(b), line_of(c), line_of(d))
def e():
    return 1
print(e.__code__.co_firstlineno - line_of.__code__.co_firstlineno)
def f():
    try:
        raise KeyError
    except KeyError:
        return sys._getframe().f_lineno - f.__code__.co_firstlineno
print(f())
