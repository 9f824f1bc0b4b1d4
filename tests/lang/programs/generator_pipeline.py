def numbers(n):
    for i in range(n):
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squares(src):
    yield from (x * x for x in src)

def chain(*its):
    for it in its:
        r = yield from it
        print("sub returned", r)
    return "done"

def sub(n):
    yield n
    return n * 10

print(list(squares(evens(numbers(10)))))
g = chain(sub(1), sub(2))
print(list(g))
g = chain(sub(1))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)

def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        except GeneratorExit:
            print("closing averager")
            raise
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(3))
print(a.throw(ValueError("bad")))
print(a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
b = averager(); next(b); b.close(); print(b.gi_frame, b.gi_running)
b.close()
try:
    b.send(1)
except StopIteration as e:
    print("closed send", repr(e))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

def delegator():
    r = yield from averager()
    print("delegator got", r)
    yield "after"
d = delegator(); next(d); d.send(4); d.send(8)
print(d.send(None))
print(d.throw(ValueError, ValueError("x")) if False else "skip")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(sum(x for x in range(100) if x % 3 == 0))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__)
print(fib.__name__, fib().__qualname__)
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "dflt"))
def countdown(n):
    while n:
        got = yield n
        if got:
            n = got
        else:
            n -= 1
c = countdown(5)
print(next(c), c.send(2), next(c), next(c, None))
x = (yield_ for yield_ in "ab")
print(list(zip(x, x)))
def thrower():
    try:
        yield
    finally:
        print("finally in thrower")
t = thrower(); next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
g2 = numbers(3)
print(g2.gi_running, g2.gi_code.co_name)
for v in g2:
    if v == 1:
        break
print(list(g2))
def lazy():
    print("started")
    yield
l = lazy()
print("created")
next(l)
import sys
def gen_with_exc():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(gen_with_exc()))
r = reversed(range(5)); print(next(r), list(r))
print(list(enumerate("abc", start=10)), list(map(pow, [2, 3], [5, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
