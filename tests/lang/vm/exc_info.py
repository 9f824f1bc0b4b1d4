import sys

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is v.__traceback__)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

def inside():
    return sys.exc_info()[1]

try:
    raise TypeError("t")
except TypeError:
    print(repr(inside()))

def gen():
    try:
        raise ZeroDivisionError("in gen")
    except ZeroDivisionError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

g = gen()
print(next(g))
print(sys.exc_info()[0])
try:
    raise OSError("outer")
except OSError:
    print(next(g))
    print(sys.exc_info()[0].__name__)

def finally_info():
    try:
        raise IndexError("i")
    except IndexError:
        pass
    finally:
        return sys.exc_info()

print(finally_info())
try:
    raise LookupError
except LookupError:
    print(sys.exception().__class__.__name__ if hasattr(sys, "exception") else "LookupError")
