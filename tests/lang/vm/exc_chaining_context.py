def show(e):
    chain = []
    while e is not None:
        chain.append("%s(%s) suppress=%s" % (type(e).__name__, e, e.__suppress_context__))
        e = e.__cause__ or e.__context__
    return " <- ".join(chain)

try:
    try:
        {}["a"]
    except KeyError:
        int("x")
except ValueError as e:
    print(show(e))
    print(type(e.__context__).__name__, e.__cause__)

try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][1]
    except IndexError:
        None.attr
except AttributeError as e:
    print(show(e))

def cleanup_fails():
    try:
        raise ValueError("primary")
    finally:
        raise RuntimeError("in finally")

try:
    cleanup_fails()
except RuntimeError as e:
    print(show(e))

# re-raising the same exception does not make a cycle
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(show(e))

# an exception raised while handling itself is not its own context
err = KeyError("k")
try:
    try:
        raise err
    except KeyError:
        raise err
except KeyError as e:
    print(e.__context__ is None)

# context set across function calls
def helper():
    raise TypeError("helper")

try:
    try:
        raise OSError("io")
    except OSError:
        helper()
except TypeError as e:
    print(show(e))

# handled exceptions do not leak into later raises
try:
    raise ValueError("first")
except ValueError:
    pass
try:
    raise KeyError("second")
except KeyError as e:
    print(e.__context__)

# explicit context assignment
e = ValueError("outer")
e.__context__ = TypeError("manual")
print(show(e))
