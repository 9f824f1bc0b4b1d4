async def simple():
    return 1

c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def bad_await():
    await 5

try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)

class NotIter:
    def __await__(self):
        return 1

async def await_not_iter():
    await NotIter()

try:
    await_not_iter().send(None)
except TypeError as e:
    print("TypeError:", e)

async def inner():
    return "inner"

async def double_await():
    co = inner()
    a = await co
    b = await co
    return a, b

try:
    double_await().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = simple()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

s = simple()
try:
    iter(s)
except TypeError as e:
    print("TypeError:", e)
try:
    next(s)
except TypeError as e:
    print("TypeError:", e)
s.close()

async def stop_it():
    raise StopIteration("x")

try:
    stop_it().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Awaitable:
    def __await__(self):
        yield "step"
        return "awaited"

async def use():
    return await Awaitable()

u = use()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
