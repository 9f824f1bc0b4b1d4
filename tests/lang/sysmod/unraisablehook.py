# sys.unraisablehook receives every exception that cannot be raised (from
# __del__, weakref callbacks, generator finalization...) as a
# sys.UnraisableHookArgs; a failing hook is reported about itself.
import sys
import gc
import weakref

seen = []


def hook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 type(u.object).__name__, u.exc_traceback is not None, len(u)))


sys.unraisablehook = hook


class D:
    def __del__(self):
        raise ValueError("from __del__")


D()
print(seen.pop())


class T:
    pass


t = T()
r = weakref.ref(t, lambda ref: 1 / 0)
del t
print(seen.pop())


def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


g = gen()
next(g)
del g
print(seen.pop())


def bad_hook(u):
    raise RuntimeError("hook broke")


import io
import re


def report():
    buf = io.StringIO()
    sys.stderr = buf
    D()
    sys.stderr = sys.__stderr__
    print(re.sub(r"0x[0-9a-f]+", "ADDR", buf.getvalue()).replace(__file__, "FILE"), end="")


sys.unraisablehook = bad_hook
report()
sys.unraisablehook = sys.__unraisablehook__
report()
print("done")
