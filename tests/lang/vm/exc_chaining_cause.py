class ConfigError(Exception):
    pass

def load(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("missing key") from e
    except ValueError as e:
        raise ConfigError("bad port") from e

for cfg in ({}, {"port": "http"}, {"port": "80"}):
    try:
        print("port", load(cfg))
    except ConfigError as e:
        print(e, "| cause:", type(e.__cause__).__name__, e.__cause__,
              "| suppress:", e.__suppress_context__,
              "| context is cause:", e.__context__ is e.__cause__)

try:
    raise ValueError("x") from TypeError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

try:
    raise ValueError("y") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise ValueError from 42
except TypeError as e:
    print("TypeError:", e)

class NotExc:
    pass

try:
    raise ValueError from NotExc
except TypeError as e:
    print("TypeError:", e)

# the cause can be set later, the flag goes with it
e = RuntimeError("late")
print(e.__suppress_context__)
e.__cause__ = ValueError("c")
print(e.__suppress_context__, repr(e.__cause__))

def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    except LookupError as e:
        raise LookupError("level %d" % n) from e

try:
    deep(3)
except LookupError as e:
    while e:
        print(e)
        e = e.__cause__
