# A generator resumed by throw() or close() starts, for profilers and
# tracers, with 'call' like any resumption (cProfile counts it as a call).
import sys


def inner():
    try:
        yield 1
    except KeyError:
        yield 2
    yield 3


def outer():
    try:
        yield from inner()
    except ValueError:
        pass
    return 5


def prof(frame, event, arg):
    extra = getattr(arg, "__name__", None) if event.startswith("c_") else None
    print(event, frame.f_code.co_name, frame.f_lineno, extra)


it = outer()
next(it)
sys.setprofile(prof)
print(it.throw(KeyError))
try:
    it.throw(ValueError)
except StopIteration as e:
    print("stop", e.value)
it = outer()
next(it)
it.close()
sys.setprofile(None)


def tr(frame, event, arg):
    print("T", event, frame.f_code.co_name, frame.f_lineno)
    return tr


it = outer()
next(it)
sys.settrace(tr)
print(it.throw(KeyError))
try:
    it.throw(ValueError)
except StopIteration as e:
    print("stop", e.value)
it = inner()
next(it)
it.close()
sys.settrace(None)


# a profile function that raises on the 'call' of a thrown-into frame
def bad(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "inner":
        sys.setprofile(None)
        raise OSError("from profiler")


it = inner()
next(it)
sys.setprofile(bad)
try:
    it.throw(KeyError)
except OSError as e:
    print("OSError", e)
sys.setprofile(None)
print(list(it))
