def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

try:
    try:
        raise_group()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest:", type(rest).__name__, [repr(e) for e in rest.exceptions])

try:
    raise KeyError("naked")
except* KeyError as eg:
    print("wrapped:", type(eg).__name__, eg.exceptions)

try:
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise RuntimeError("new")
except ExceptionGroup as eg:
    print("raised in handler:", [repr(e) for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup("g", [IndexError(1), IndexError(2)])
    except* IndexError:
        raise
except ExceptionGroup as eg:
    print("reraised:", eg.message, len(eg.exceptions))

try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), KeyError("c")])])
try:
    raise nested
except* ValueError as eg:
    print(repr(eg))
except* KeyError as eg:
    print(repr(eg))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise ExceptionGroup("empty-result", [ValueError(0)])
except* ValueError:
    print("all handled, nothing re-raised")
print("done")
