class Step:
    def __await__(self):
        yield "step"

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Step()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Step()
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Step()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return steps, e.value

async def main():
    async with Resource("db") as r:
        print("using", r)
    async with Resource("quiet", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Resource("loud"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    values = []
    async for v in Countdown(3):
        values.append(v)
    else:
        print("async for else")
    return values

print(run(main()))

async def bad_with():
    async with 5:
        pass

try:
    run(bad_with())
except TypeError as e:
    print("TypeError:", e)

async def bad_for():
    async for x in [1, 2]:
        pass

try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)

class NoAwait:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 5

async def bad_exit():
    async with NoAwait():
        pass

try:
    run(bad_exit())
except TypeError as e:
    print("TypeError:", e)

async def nested():
    async with Resource("a") as a, Resource("b") as b:
        return a + b

print(run(nested()))
