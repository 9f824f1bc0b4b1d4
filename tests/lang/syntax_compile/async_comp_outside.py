async def source():
    yield 1
def collect():
    return [x async for x in source()]
