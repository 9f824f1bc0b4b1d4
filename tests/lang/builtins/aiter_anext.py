class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')
async def collect():
    out = []
    async for v in Ticker(3):
        out.append(v)
    return out
print(run(collect()))
async def with_builtins():
    it = aiter(Ticker(2))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it, 'default')
    return first, second, third
print(run(with_builtins()))
async def exhausted():
    try:
        await anext(Ticker(0))
    except StopAsyncIteration:
        return 'StopAsyncIteration'
print(run(exhausted()))
async def agen():
    yield 1
    yield 2
async def use_agen():
    g = agen()
    return [await anext(g), await anext(g), await anext(g, 'end')]
print(run(use_agen()))
for bad in [1, [1]]:
    try:
        aiter(bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        anext(bad)
    except TypeError as e:
        print('TypeError:', e)
