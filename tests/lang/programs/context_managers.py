class Suppress:
    def __init__(self, *excs):
        self.excs = excs
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.excs)

with Suppress(KeyError) as s:
    {}["x"]
print("after", type(s).__name__)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("outer", e)

class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start")
        return Timer.depth
    def __exit__(self, *a):
        print("  " * Timer.depth + "stop", a[0])
        Timer.depth -= 1

with Timer() as a, Timer() as b:
    print("inside", a, b)

with Timer():
    with Suppress(ValueError):
        raise ValueError("deep")
    print("continue")

def f():
    with Suppress(Exception):
        return "returned"
    return "not here"
print(f())

def g():
    for i in range(3):
        with Timer():
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    return i
print(g())

class Bad:
    def __enter__(self):
        raise RuntimeError("enter fails")
    def __exit__(self, *a):
        print("never")
try:
    with Bad():
        print("never body")
except RuntimeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("body")
except ValueError as e:
    print(repr(e), repr(e.__context__))

class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, et, ev, tb):
        self.open = False
        if tb is not None:
            print("traceback line", tb.tb_lineno > 0, type(tb).__name__)
        return False
r = Resource("db")
try:
    with r as h:
        print(h.name, h.open)
        raise OSError(2, "No such file", "x.txt")
except OSError as e:
    print(e, e.errno, e.strerror, e.filename, r.open, type(e).__name__)
try:
    raise FileNotFoundError(2, "missing")
except OSError as e:
    print(type(e).__name__, e)
print(OSError(13, "denied").__class__.__name__)
e = OSError(1, 2, 3, 4, 5)
print(e.args, str(e))
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
except ValueError as e:
    print("got", e)
def nested():
    try:
        return 1
    finally:
        print("fin")
print(nested())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("star", repr(eg))
except* TypeError as eg:
    print("star2", eg.exceptions)
