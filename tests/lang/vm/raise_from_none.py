class AppError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError:
        raise AppError("not a number: %r" % s) from None

try:
    parse("abc")
except AppError as e:
    print(e)
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b") from None
except TypeError as e:
    e.__suppress_context__ = False
    print(repr(e.__context__))

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(k) from None

try:
    lookup({}, "x")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
