# except* with a tuple of types splits the group by every type in the tuple
def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* (TypeError, KeyError) as eg:
        print("type/key:", repr(eg), eg.exceptions)
    except* ValueError as eg:
        print("value:", repr(eg))

run([ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
run([KeyError("k")])
run([ValueError("only")])

try:
    try:
        raise ExceptionGroup("g", [OSError("disk"), TypeError("t")])
    except* (ValueError, TypeError) as eg:
        print("handled", eg.exceptions)
except ExceptionGroup as rest:
    print("left over:", repr(rest))

# a naked exception matched by a tuple is wrapped in a group
try:
    raise KeyError("naked")
except* (KeyError, IndexError) as eg:
    print(repr(eg), type(eg).__name__)
