# The local trace function: what the global one returns becomes the
# frame's f_trace; f_trace_lines = False silences line events; a trace
# function that raises is removed; settrace() inside a running function
# traces its caller from the next line on when f_trace is set (as pdb
# does); gettrace(); tracing in a new thread through threading.settrace.
import sys
import threading

log = []


def local(frame, event, arg):
    log.append(("local", event, frame.f_code.co_name, frame.f_lineno))
    return local


def glob(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name, frame.f_lineno))
    if frame.f_code.co_name == "quiet":
        frame.f_trace_lines = False
    if frame.f_code.co_name == "untraced":
        return None
    return local


def traced(n):
    total = 0
    for i in range(n):
        total += i
    return total


def quiet():
    a = 1
    b = 2
    return a + b


def untraced():
    x = 1
    return x


sys.settrace(glob)
print(sys.gettrace() is glob)
traced(2)
quiet()
untraced()
sys.settrace(None)
print(sys.gettrace())
for entry in log:
    print(entry)

log.clear()


def bad(frame, event, arg):
    log.append((event, frame.f_code.co_name))
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad


def victim():
    x = 1
    return x


sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("raised:", e)
print("trace after failure:", sys.gettrace())
print(log)

log.clear()


def start_tracing_here():
    frame = sys._getframe(1)
    frame.f_trace = local
    sys.settrace(local)


def caller():
    a = 1
    start_tracing_here()
    b = 2
    c = a + b
    return c


caller()
sys.settrace(None)
print([e for e in log if e[2] == "caller"])

log.clear()
threading.settrace(glob)
t = threading.Thread(target=traced, args=(1,))
t.start()
t.join()
threading.settrace(None)
print([e for e in log if e[2] == "traced"][:3])


def locals_tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "changes":
        if "v" in frame.f_locals:
            log.append(frame.f_locals["v"])
    return locals_tracer


def changes():
    v = 10
    v = 20
    return v


log.clear()
sys.settrace(locals_tracer)
changes()
sys.settrace(None)
print(log)
