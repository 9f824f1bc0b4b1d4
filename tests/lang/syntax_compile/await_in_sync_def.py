async def fetch():
    return 1
def main():
    value = await fetch()
    return value
