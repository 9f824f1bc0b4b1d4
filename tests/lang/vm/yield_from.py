def sub(n):
    for i in range(n):
        got = yield i
        if got:
            print("sub got", got)
    return "sub-%d" % n

def delegator():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    return r1 + "," + r2

d = delegator()
print(next(d))
print(d.send("hello"))
print(next(d))
print(next(d))
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("result:", e.value)

def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k": 1}
    x = yield from ()
    print("empty yields from give", x)

print(list(from_iterables()))

def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("sub handled", repr(e))

def wrapper():
    yield from catcher()

w = wrapper()
next(w)
print(w.throw(KeyError("forwarded")))
print(w.gi_yieldfrom is not None, type(w.gi_yieldfrom).__name__)

def finite():
    yield 1
    return 99

def outer_throw():
    try:
        v = yield from finite()
        print("finite returned", v)
    except ValueError as e:
        print("outer caught", e)
        yield "after"

o = outer_throw()
next(o)
print(o.throw(ValueError("boom")))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1], (2, 3), "45")))

def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)

res = []
g = gather(res)
next(g)
for n in (1, 2, 3, None, 10, 20, None):
    g.send(n)
print(res)

try:
    def bad():
        yield from 5
    next(bad())
except TypeError as e:
    print(e)
