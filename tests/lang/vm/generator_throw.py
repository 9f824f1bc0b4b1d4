def resilient():
    while True:
        try:
            x = yield "ready"
            print("received", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"

g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.send(42))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")

def simple():
    yield 1
    yield 2

s = simple()
try:
    s.throw(TypeError, "not started")
except TypeError as e:
    print("before start:", e)
print(list(s))

s = simple()
next(s)
try:
    s.throw(IndexError)
except IndexError as e:
    print("class thrown:", repr(e))

s = simple()
next(s)
try:
    s.throw(ValueError("x"), "extra")
except TypeError as e:
    print(e)
try:
    simple().throw(5)
except TypeError as e:
    print(e)

def cleanup():
    try:
        yield "working"
    finally:
        print("cleanup ran")

c = cleanup()
next(c)
try:
    c.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("after cleanup:", e)

def catch_and_return():
    try:
        yield
    except ZeroDivisionError:
        return "handled zero"

g = catch_and_return()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("return value:", e.value)

def tb_gen():
    yield 1

g = tb_gen()
next(g)
try:
    g.throw(ValueError("with tb"))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
