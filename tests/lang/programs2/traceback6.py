async def co():
    raise ValueError("in coro")
c = co()
try:
    c.send(None)
except ValueError as e:
    print("got", e)
def gen():
    yield 1
    1 + "s"
for x in gen():
    print(x)
