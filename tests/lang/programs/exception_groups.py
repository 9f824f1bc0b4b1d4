def validate(rec):
    errs = []
    if not isinstance(rec.get("age"), int):
        errs.append(TypeError(f"age must be int, got {type(rec.get('age')).__name__}"))
    if not rec.get("name"):
        errs.append(ValueError("name is required"))
    if errs:
        raise ExceptionGroup(f"invalid record {rec}", errs)
for r in [{"name": "a", "age": 1}, {"age": "x"}, {"name": "", "age": 2}]:
    try:
        validate(r)
        print("valid", r)
    except* TypeError as g:
        print("type errors:", [str(e) for e in g.exceptions])
    except* ValueError as g:
        print("value errors:", [str(e) for e in g.exceptions])
eg = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [KeyError("k"), TypeError("t")])])
m, rest = eg.split(TypeError)
print(repr(m), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, (KeyError, ValueError))))
print(BaseExceptionGroup("b", [KeyboardInterrupt()]).__class__.__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
def gen():
    yield 1
    raise ValueError("in generator")
def consume():
    return [x * 2 for x in gen()]
try:
    consume()
except ValueError as e:
    print("tb depth", len([1 for _ in iter(lambda t=[e.__traceback__]: (t.__setitem__(0, t[0].tb_next) or t[0]), None)]))
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str")
class Empty(Exception):
    pass
import sys
def show(e):
    print(type(e).__name__, "|", repr(e), "|", e.args)
show(Empty())
show(KeyError())
show(KeyError("k", 2))
show(StopIteration(5))
show(SystemExit(2))
show(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"))
show(OSError(2, "ENOENT"))
show(SyntaxError("msg", ("f.py", 3, 4, "bad line", 3, 6)))
try:
    compile("x = (1,\n  2", "<src>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.filename, repr(e.text))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(e, e.lineno, e.offset)
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(e)
try:
    exec("x = 1\n  y = 2")
except IndentationError as e:
    print(type(e).__name__, e)
def inner():
    raise ExceptionGroup("many problems", [ValueError("bad value"), TypeError("bad type")])
def outer():
    try:
        inner()
    except* ValueError:
        raise KeyError("replaced")
outer()
