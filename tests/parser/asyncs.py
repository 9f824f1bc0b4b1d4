async def f():
    await x
    await x.y()
    r = await z
    async for i in aiter():
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b as c:
        pass
    return [i async for i in x]

async def g():
    result = await asyncio.gather(*tasks)
    x = [await t for t in ts]
    y = {k: await v async for k, v in items}
    await (await a)
    return -await x

async def h():
    yield 1
    await asyncio.sleep(0)
    async with lock:
        pass
