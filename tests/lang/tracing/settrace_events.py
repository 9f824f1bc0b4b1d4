# sys.settrace and sys.setprofile: the events the VM reports (call, line,
# return, exception; c_call / c_return for the profiler), for plain
# functions, generators, comprehensions, handled and unhandled exceptions.
import sys
out = []
def tracer(frame, event, arg):
    out.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else None))
    return tracer
def gen(n):
    for i in range(n):
        yield i
def g(x):
    try:
        1/x
    except ZeroDivisionError:
        return -1
    return [v for v in gen(2)]
def boom():
    raise ValueError("x")
sys.settrace(tracer)
g(0); g(1)
try:
    boom()
except ValueError:
    pass
sys.settrace(None)
for e in out: print(e if e[0] != 'exception' else e[:3])
prof = []
def p(frame, event, arg):
    prof.append((event, frame.f_code.co_name, getattr(arg, '__name__', None)))
sys.setprofile(p)
g(1); len([1]); sorted([3,1])
sys.setprofile(None)
for e in prof: print(e)
print(sys.gettrace(), sys.getprofile())
