def worker():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("closing worker")
        raise

w = worker()
print(next(w))
print(w.close())
print(w.close())
try:
    next(w)
except StopIteration:
    print("closed generator stops")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def finally_close():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")

f = finally_close()
next(f)
f.close()

never = finally_close()
never.close()
print("closing an unstarted generator runs nothing")

def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return "ignored value"

r = returns_on_exit()
next(r)
print(r.close())

def raises_other():
    try:
        yield
    finally:
        raise ValueError("from finally")

x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("close raised:", e)

def inner():
    try:
        yield "inner"
    finally:
        print("inner closed")

def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")

o = outer()
print(next(o))
o.close()

def counting():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("stopped at", n)

for v in counting():
    if v == 3:
        break
print("loop done")
