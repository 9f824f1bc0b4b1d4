# async def, await, async for, async with, async generators (driven by hand).
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield 'suspend'
        return self.v
async def add(a, b):
    x = await Awaitable(a)
    y = await Awaitable(b)
    return x + y
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(run(add(2, 3)))
class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def total(n):
    s = 0
    async for v in AIter(n):
        s += v
    else:
        s += 100
    return s
print(run(total(4)))
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, *exc):
        print('aexit', exc[0])
        return False
async def use():
    async with ACM() as r:
        print('using', r)
    return 'done'
print(run(use()))
async def agen(n):
    for i in range(n):
        yield i * 10
async def consume():
    return [v async for v in agen(3)]
print(run(consume()))
async def comp_await():
    return [await Awaitable(i) for i in range(3)]
print(run(comp_await()))
c = add(1, 1)
print(type(c).__name__, c.__qualname__)
c.close()
for src in ['await x', 'def f():\n    await x\n', 'def f():\n    async for a in b: pass\n',
            'def f():\n    async with a: pass\n', 'async def f():\n    yield from x\n',
            'async def f():\n    yield 1\n    return 2\n']:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
