class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        result = yield self.label
        return result

async def task(name):
    a = await Sleep(name + ":1")
    b = await Sleep(name + ":2")
    return "%s done with %s, %s" % (name, a, b)

def run(coro):
    value = None
    steps = []
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        steps.append(request)
        value = request.upper()

print(run(task("t")))

async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y

print(run(compute()))

def scheduler(coros):
    queue = [(c, None) for c in coros]
    done = []
    while queue:
        coro, value = queue.pop(0)
        try:
            req = coro.send(value)
            queue.append((coro, req + "!"))
        except StopIteration as e:
            done.append(e.value)
    return done

print(scheduler([task("a"), task("b")]))

async def failing():
    await Sleep("x")
    raise ValueError("coroutine failed")

c = failing()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("caught", e)

async def catching():
    try:
        await Sleep("wait")
    except KeyError as e:
        return "caught %r" % e

c = catching()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = compute()
print(type(c).__name__, c.cr_code.co_name, c.cr_running, c.cr_await)
c.close()
print(c.cr_frame)
w = add(1, 1).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("await wrapper result", e.value)
