import sys, traceback, warnings
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg); self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
class ValidationError(AppError): pass
class NotFound(AppError, KeyError): pass
def validate(x):
    if x < 0: raise ValidationError(f"negative: {x}", code=22)
    return x
for v in [1, -1]:
    try:
        validate(v)
    except AppError as e:
        print(type(e).__name__, e, e.code, repr(e), e.args)
try:
    raise NotFound("missing", 404)
except KeyError as e:
    print("caught as KeyError:", e, str(e), repr(e))
def load(k):
    try:
        return {"a": 1}[k]
    except KeyError as e:
        raise AppError(f"cannot load {k}") from e
try:
    load("z")
except AppError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
    tb = traceback.format_exception(e)
    print("".join(tb).replace(__file__, "FILE"))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e), repr(e.__context__))
    traceback.print_exc(file=sys.stdout)
def gen():
    yield 1
    raise RuntimeError("in gen")
try:
    list(gen())
except RuntimeError as e:
    print(traceback.format_exc().replace(__file__, "F"))
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
except* ValueError as eg:
    print("values", eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("others", repr(eg), eg.exceptions)
eg = ExceptionGroup("g", [ValueError("a"), OSError("b")])
m, r = eg.split(ValueError)
print(m, r, m.exceptions, eg.subgroup(lambda e: isinstance(e, OSError)))
traceback.print_exception(eg, file=sys.stdout)
warnings.warn("careful now")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("user thing", UserWarning, stacklevel=1)
def old():
    warnings.warn("old() is old", FutureWarning, stacklevel=2)
old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
try:
    raise TypeError("bad type") from None
except TypeError as e:
    print(e.__suppress_context__, e.__cause__)
e = ValueError("x"); e.add_note("note one"); e.add_note("note two")
print(e.__notes__)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(repr(e))
for exc in [lambda: [][1], lambda: {}["k"], lambda: None.foo, lambda: 1 + "a", lambda: int("3.5"), lambda: undefined_name, lambda: (1).real.imag.x, lambda: "abc"[5], lambda: [1].index(2), lambda: 2 ** 10000 * 1.0, lambda: len(5), lambda: "a" * "b", lambda: {[]: 1}, lambda: f"{1:q}", lambda: "".join([1]), lambda: iter(5), lambda: next(iter([])), lambda: [].pop(), lambda: 1 // 0, lambda: 1.0 % 0, lambda: math.sqrt(-1), lambda: divmod(1, 0), lambda: "x".foo(), lambda: object().__dict__, lambda: tuple()[0], lambda: int("z", 36) + int("z", 37)]:
    try:
        exc()
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Stack:
    def __init__(self): self.items = []
    def pop(self):
        return self.items.pop()
def process(s):
    return [s.pop() for _ in range(2)]
def main():
    s = Stack(); s.items.append(1)
    f = lambda: process(s)
    return f()
main()
