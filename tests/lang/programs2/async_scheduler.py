class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ("sleep", self.n)
        return r

class Task:
    _next = 0
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
        self.result = None
        self.done = False
    def __repr__(self):
        return f"<Task {self.name} done={self.done}>"

class Loop:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.log = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append((t, None))
        return t
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda x: (x[0], x[1].name))
                when, t = self.sleeping.pop(0)
                self.clock = when
                self.ready.append((t, when))
            t, val = self.ready.pop(0)
            try:
                req = t.coro.send(val)
            except StopIteration as e:
                t.done, t.result = True, e.value
                self.log.append((self.clock, t.name, "done", e.value))
                continue
            except Exception as e:
                t.done = True
                self.log.append((self.clock, t.name, "error", repr(e)))
                continue
            kind, arg = req
            self.sleeping.append((self.clock + arg, t))

async def worker(name, delays):
    total = 0
    for d in delays:
        woke = await Sleep(d)
        total += woke
        print(f"{name} woke at {woke}")
    return total

async def failing():
    await Sleep(1)
    raise KeyError("oops")

async def nested():
    a = await worker("n1", [1])
    b = await worker("n2", [2])
    return a + b

loop = Loop()
ts = [loop.spawn(worker("A", [3, 1]), "A"), loop.spawn(worker("B", [2, 2]), "B"),
      loop.spawn(failing(), "F"), loop.spawn(nested(), "N")]
loop.run()
for entry in loop.log:
    print(entry)
print(ts)

async def agen(n):
    for i in range(n):
        v = await Sleep(i)
        yield i * 10 + (v or 0)

async def consume():
    out = []
    async for x in agen(3):
        out.append(x)
    return out

c = consume()
val = None
try:
    while True:
        req = c.send(val)
        print("req", req)
        val = req[1]
except StopIteration as e:
    print("consume ->", e.value)

ag = agen(2)
print(type(ag).__name__, ag.__name__, ag.__qualname__)
aw = ag.__anext__()
print(type(aw).__name__)
try:
    print(aw.send(None))
    aw.send(5)
except StopIteration as e:
    print("anext value", e.value)
cl = ag.aclose()
try:
    cl.send(None)
except StopIteration as e:
    print("closed", e.value)

async def simple(): return 42
co = simple()
print(type(co).__name__, co.__name__, co.__qualname__, co.cr_running)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
try:
    co.send(None)
except RuntimeError as e:
    print(e)
co2 = simple(); co2.close()
async def comp():
    return [x async for x in agen(2)], [await Sleep(9)]
c = comp()
v = None
try:
    while True:
        req = c.send(v); v = req[1] + 100
except StopIteration as e:
    print(e.value)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACtx:
    async def __aenter__(self): print("aenter"); return "ctx"
    async def __aexit__(self, *a): print("aexit", a[0]); return True
async def useall():
    r = []
    async for i in AIter():
        r.append(i)
    async with ACtx() as c:
        r.append(c)
        raise ValueError
    return r
try:
    useall().send(None)
except StopIteration as e:
    print(e.value)
try:
    await_outside = simple()
    next(await_outside)
except TypeError as e:
    print(e)
await_outside.close()
