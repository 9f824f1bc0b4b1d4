def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received

e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)

g = accumulator()
try:
    g.send(1)
except TypeError as err:
    print("TypeError:", err)

def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count

a = averager()
next(a)
for v in (10, 20, 30, 45):
    print(a.send(v))

def coroutine_state():
    x = yield "first"
    y = yield "got %s" % x
    yield "got %s and %s" % (x, y)

c = coroutine_state()
print(c.send(None), c.send(1), c.send(2))
try:
    c.send(3)
except StopIteration:
    print("stopped")
try:
    c.send(4)
except StopIteration:
    print("stopped again")
