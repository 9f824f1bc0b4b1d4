class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
    print("agen finished")

def drive(awaitable):
    """Run one awaitable to completion, counting the ticks it yields."""
    ticks = 0
    while True:
        try:
            awaitable.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value

a = agen(3)
print(type(a).__name__, a.__aiter__() is a)
while True:
    try:
        print(drive(a.__anext__()))
    except StopAsyncIteration:
        print("StopAsyncIteration")
        break

async def collect():
    out = []
    async for v in agen(2):
        out.append(v)
    return out

print(drive(collect()))

async def comp():
    return [v async for v in agen(3) if v]

print(drive(comp()))

async def echo():
    received = None
    while True:
        received = yield received

e = echo()
print(drive(e.asend(None)))
print(drive(e.asend("hello")))
print(drive(e.asend("world")))
print(drive(e.aclose()))
try:
    drive(e.asend("again"))
except StopAsyncIteration:
    print("closed async generator")

async def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("guarded cleanup")

g = guarded()
print(drive(g.__anext__()))
print(drive(g.aclose()))

async def thrower():
    try:
        yield "a"
    except ValueError as ex:
        yield "caught " + str(ex)

t = thrower()
print(drive(t.__anext__()))
print(drive(t.athrow(ValueError("bad"))))

async def leaks_stop():
    yield 1
    raise StopAsyncIteration

s = leaks_stop()
drive(s.__anext__())
try:
    drive(s.__anext__())
except RuntimeError as err:
    print("RuntimeError:", err)

aw = agen(1).__anext__()
drive(aw)
try:
    drive(aw)
except RuntimeError as err:
    print("RuntimeError:", err)
