# A coroutine collected before it ever ran warns, with CPython's note
# about allocation tracing on the following line.
import gc

async def top():
    return 1

class K:
    async def meth(self):
        pass

def make():
    async def inner():
        pass
    return inner

top()
print("after top")
K().meth()
print("after meth")
c = make()()
del c
print("after inner")
c = top()
try:
    c.send(None)
except StopIteration as e:
    print("finished", e.value)
del c
print("a started coroutine does not warn")
c = top()
c.close()
del c
print("closed")
gc.collect()
