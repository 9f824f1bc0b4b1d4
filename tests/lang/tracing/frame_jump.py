# Setting frame.f_lineno from a trace function (what pdb's `jump` does):
# jumps forwards and backwards, out of loops, with blocks and handlers
# (the value stack is cut to what the target expects), and the jumps
# that are refused, with CPython's messages.
import sys


def run(func, jump_from, jump_to, event="line"):
    first = func.__code__.co_firstlineno
    state = {"done": False, "error": None}

    def tracer(frame, ev, arg):
        if state["done"] or frame.f_code is not func.__code__:
            return tracer
        if ev == event and frame.f_lineno == first + jump_from:
            try:
                frame.f_lineno = first + jump_to if isinstance(jump_to, int) else jump_to
            except (ValueError, TypeError) as e:
                state["error"] = "%s: %s" % (type(e).__name__, e)
            state["done"] = True
        return tracer

    out = []
    sys.settrace(tracer)
    try:
        func(out)
    except Exception as e:
        out.append("raised %s" % type(e).__name__)
    finally:
        sys.settrace(None)
    print("%-28s %d->%s %s %s" % (func.__name__, jump_from, jump_to, out, state["error"] or ""))


def forwards(out):
    out.append(1)
    out.append(2)
    out.append(3)


def backwards(out):
    out.append(1)
    out.append(2)


def out_of_loop(out):
    for i in 1, 2:
        out.append(2)
        for j in [3]:
            out.append(4)
    out.append(5)


def out_of_nested_loop_backwards(out):
    out.append(1)
    for i in [1]:
        out.append(3)
        for j in [2]:
            out.append(5)
        out.append(6)
    out.append(7)


def into_loop(out):
    out.append(1)
    for i in 1, 2:
        out.append(3)


def out_of_with(out):
    class CM:
        def __enter__(self):
            out.append("enter")
        def __exit__(self, *a):
            out.append("exit")
    with CM():
        out.append(7)
        out.append(8)
    out.append(9)


def out_of_except(out):
    try:
        1 / 0
    except ZeroDivisionError:
        out.append(4)
        out.append(5)
    out.append(6)
    out.append(repr(sys.exc_info()[1]))


def into_except(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)
    out.append(5)


def into_finally_body(out):
    try:
        out.append(2)
    finally:
        out.append(4)
    out.append(5)


def in_while(out):
    i = 0
    while i < 3:
        out.append(i)
        i += 1
    out.append("end")


def generator_body(out):
    def gen():
        out.append(3)
        yield 4
        out.append(5)
    out.extend(gen())


for case in [
    (forwards, 1, 3), (backwards, 2, 1), (out_of_loop, 4, 6),
    (out_of_nested_loop_backwards, 6, 1), (into_loop, 1, 3),
    (out_of_with, 8, 10), (out_of_except, 5, 7), (into_except, 2, 4),
    (into_finally_body, 2, 4), (in_while, 4, 6),
    (forwards, 1, 0), (forwards, 1, 100), (forwards, 1, "x"),
    (forwards, 1, 2.0), (backwards, 1, 2, "call"), (backwards, 2, 1, "return"),
]:
    run(*case)

# only a trace function may set it
f = sys._getframe()
for value in (3, "x"):
    try:
        f.f_lineno = value
    except ValueError as e:
        print("ValueError:", e)
try:
    del f.f_lineno
except AttributeError as e:
    print("AttributeError:", e)
