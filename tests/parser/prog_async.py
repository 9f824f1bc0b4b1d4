import asyncio


async def fetch(session, url, *, retries=3):
    for attempt in range(retries):
        try:
            async with session.get(url) as response:
                if response.status == 200:
                    return await response.text()
        except (ConnectionError, TimeoutError) as exc:
            await asyncio.sleep(2 ** attempt)
    raise RuntimeError(f"failed: {url}")


async def crawl(urls):
    async with make_session() as session:
        tasks = [asyncio.create_task(fetch(session, u)) for u in urls]
        results = await asyncio.gather(*tasks, return_exceptions=True)
    return {u: r async for u, r in pair(urls, results) if not isinstance(r, Exception)}


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    async for t in ticker(3):
        print(t)
    try:
        async with asyncio.timeout(1):
            await crawl(["a", "b"])
    except* ValueError as eg:
        print(eg.exceptions)

asyncio.run(main())
