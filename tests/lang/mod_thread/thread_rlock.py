# _thread.RLock: recursion, ownership, the Condition helpers, repr,
# subclassing.
import _thread
import time


def t(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__, e)


me = _thread.get_ident()


def show(r):
    text = repr(r).split(" at 0x")[0].replace("owner=%d " % me, "owner=ME ")
    print(text)


r = _thread.RLock()
show(r)
print(r._is_owned(), r.acquire(), r._is_owned())
show(r)
print(r.acquire(), r.acquire(False), r.acquire(timeout=0.01), r.acquire(True, 0))
show(r)
for i in range(5):
    r.release()
    show(r)
t(lambda: r.release())
print(r._is_owned())

print("-- _release_save/_acquire_restore")
t(lambda: r._release_save())
r.acquire()
r.acquire()
state = r._release_save()
print(state == (2, me), type(state).__name__, r._is_owned())
show(r)
t(lambda: r._release_save())
print(r._acquire_restore(state), r._is_owned())
show(r)
r.release()
r.release()
t(lambda: r._acquire_restore(1))
t(lambda: r._acquire_restore((1,)))
t(lambda: r._acquire_restore((1, 2, 3)))
t(lambda: r._acquire_restore(("a", 2)))
t(lambda: r._acquire_restore())
t(lambda: r._acquire_restore((3, 12345)))
show(r)
print(r._is_owned())
t(lambda: r.release())
# it is held by "thread 12345": a timed acquire waits, then fails
start = time.monotonic()
print(r.acquire(timeout=0.02), time.monotonic() - start >= 0.02)
print(r._release_save())
show(r)
t(lambda: r._acquire_restore([4, me]))
show(r)
for i in range(4):
    r.release()
show(r)

print("-- argument errors")
t(lambda: r.acquire(False, 1))
t(lambda: r.acquire(True, -2))
t(lambda: r.acquire(timeout=2**40))
t(lambda: r.acquire(blocking=2**40))
t(lambda: r.acquire(1, 2, 3))
t(lambda: r.acquire(x=1))
t(lambda: r.release(1))
t(lambda: r._is_owned(1))

print("-- context manager")
with r:
    with r as v:
        print(v)
        show(r)
show(r)
print(r.__enter__(), r.__exit__(1, 2, 3))
t(lambda: r.__exit__())

print("-- _at_fork_reinit")
r.acquire()
r.acquire()
print(r._at_fork_reinit())
show(r)
print(r.acquire(False))
r.release()

print("-- constructor and subclass")
t(lambda: _thread.RLock(1, 2, a=3).acquire(False))


class MyRLock(_thread.RLock):
    def __init__(self, name):
        self.name = name


m = MyRLock("x")
print(m.name, m.acquire(), m._is_owned())
print(repr(m).split(" at 0x")[0].replace(str(me), "ME"))
m.release()
print(isinstance(m, _thread.RLock), type(m).__mro__[1].__name__)
t(lambda: setattr(_thread.RLock(), "x", 1))
print(sorted(n for n in dir(_thread.RLock) if not n.startswith("__")))
