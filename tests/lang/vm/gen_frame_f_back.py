# A generator, coroutine or async generator frame that is not running has
# no f_back; while running, f_back is the frame that resumed it.
import sys
def f():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
gi = f()
print(gi.gi_frame.f_back)
def caller():
    return next(gi)
print(caller())
print(gi.gi_frame.f_back)
def caller2():
    return next(gi)
print(caller2())
print(gi.gi_frame.f_back)
async def c():
    pass
cr = c()
print(cr.cr_frame.f_back)
cr.close()
async def ag():
    yield
a = ag()
print(a.ag_frame.f_back)
