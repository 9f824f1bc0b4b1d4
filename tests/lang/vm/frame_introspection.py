import sys

def current_name():
    return sys._getframe().f_code.co_name

def caller_name():
    return sys._getframe(1).f_code.co_name

def who_called():
    return caller_name()

print(current_name(), who_called())

def lineno():
    return sys._getframe(1).f_lineno

print("line", lineno())

def show_locals(a, b=2):
    c = a + b
    f = sys._getframe()
    return sorted(k for k in f.f_locals), f.f_locals["c"]

print(show_locals(1))

def stack_names():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def level2():
    return stack_names()

def level1():
    return level2()

print(level1())

def keep_frame():
    x = "kept"
    return sys._getframe()

fr = keep_frame()
print(fr.f_code.co_name, fr.f_locals["x"], fr.f_back.f_code.co_name)
print(fr.f_globals is globals(), fr.f_builtins is not None)
print(type(fr).__name__, isinstance(fr.f_lasti, int))

def gen():
    yield sys._getframe().f_back.f_code.co_name

print(next(gen()))
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
def clear_running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
clear_running()
