# anext(aiterator, default): the awaitable it returns checks what
# __anext__ gave as `await` would, and drives one __anext__() awaitable
# through every send/throw/close (so a closed one is not restarted).
import asyncio
class BadAwaitable:
    def __await__(self):
        return 42
class MyAsyncIter:
    def __aiter__(self): return self
    def __anext__(self): return BadAwaitable()
class WithGenAnext:
    def __aiter__(self): return self
    def __anext__(self):
        yield
async def main():
    for cls in (MyAsyncIter, WithGenAnext):
        for args in ((), ("default",)):
            try:
                r = await anext(cls(), *args)
                print("got", r)
            except Exception as e:
                print(type(e).__name__, e)
    async def agen():
        yield 1
        yield 2
    g = agen()
    print(await anext(g), await anext(g), await anext(g, "d"))
    it = anext(agen(), "x")
    print(type(it).__name__, it.__next__.__name__ if hasattr(it, "__next__") else None)
asyncio.run(main())


import types


@types.coroutine
def _async_yield(v):
    return (yield v)


class MyError(Exception):
    pass


async def agenfn():
    try:
        await _async_yield(1)
    except MyError:
        await _async_yield(2)
    return
    yield


g = anext(agenfn(), "default").__await__()
print(g.send(None), g.throw(MyError, MyError(), None))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
g = anext(agenfn(), "default").__await__()
print(g.send(None))
g.close()
try:
    g.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
