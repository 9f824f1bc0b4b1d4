class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"

class DbError(AppError):
    pass

class NotFound(DbError):
    def __init__(self, key):
        super().__init__(404, f"missing {key!r}")
        self.key = key

for E, a in [(AppError, (1, "x")), (DbError, (2, "y"))]:
    e = E(*a)
    print(type(e).__name__, str(e), repr(e), e.args)
e = NotFound("k")
print(str(e), repr(e), e.args, e.key)
print(isinstance(e, (KeyError, DbError)), issubclass(NotFound, AppError))
print(NotFound.__mro__)

def f():
    try:
        {}["a"]
    except KeyError as k:
        raise NotFound("a") from k

try:
    f()
except AppError as e:
    print("cause", repr(e.__cause__), "ctx", repr(e.__context__), e.__suppress_context__)

def g():
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("bad")
try:
    g()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
    tb = e.__traceback__
    while tb:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next

def h():
    try:
        raise TypeError("t")
    except TypeError:
        raise RuntimeError("r") from None
try:
    h()
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

def fin():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    try:
        return "try"
    finally:
        print("fin2")
print(fin())

def fin2():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(fin2())

import sys
try:
    raise KeyError("zz")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__)
print(sys.exc_info())

e = Exception("a", 1)
print(str(e), repr(e))
print(str(Exception()), repr(Exception()), str(Exception("one")))
print(repr(KeyError("x")), str(KeyError("x")), str(KeyError()))
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
e = FileNotFoundError(2, "nf", "path.txt")
print(str(e), e.filename)
print(OSError(2, "x").__class__.__name__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("V", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("T", repr(eg))
eg = ExceptionGroup("g", [ValueError("a"), KeyError("b")])
print(str(eg), repr(eg))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except (TypeError, ValueError) as e:
    print(e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
e = ValueError("v")
e.add_note("note1")
print(e.__notes__)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is KeyError
with Ctx():
    raise KeyError("sup")
print("after")
try:
    with Ctx():
        raise ValueError("nosup")
except ValueError as e:
    print("caught", e)
