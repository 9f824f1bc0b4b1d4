# _thread.LockType: acquire/release/locked, argument checks, timeouts,
# the context manager, repr and the obsolete synonyms.
import _thread
import time


def t(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__, e)


def show(lock):
    # the address varies: keep the part before it
    print(repr(lock).split(" at 0x")[0], repr(lock).endswith(">"))


lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(lock).__name__, type(lock).__module__)
show(lock)
print(lock.locked(), lock.acquire(), lock.locked())
show(lock)
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(0))
print(lock.release(), lock.locked())
t(lambda: lock.release())
t(lambda: lock.release_lock())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())

# a timed wait on a lock that is held: False after at least that long
lock.acquire()
start = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - start >= 0.05)
print(lock.acquire(True, 0), lock.acquire(timeout=0.0))
start = time.monotonic()
print(lock.acquire(timeout=1e-9), time.monotonic() - start < 5)
lock.release()
print(lock.acquire(timeout=5), lock.locked())
lock.release()
print(lock.acquire(True, 10**3), lock.acquire(True, -1) if False else "-")
lock.release()
print(lock.acquire(True, -1), lock.acquire(False, -1))
lock.release()
print(lock.acquire(blocking=True, timeout=-1.0))
lock.release()
print(lock.acquire(True, 9223372036.0))
lock.release()
print(lock.acquire(True, 9223372036))
lock.release()
print(lock.acquire(2), lock.acquire(True is True, timeout=0.001))
lock.release()

print("-- argument errors")
t(lambda: lock.acquire(False, 1))
t(lambda: lock.acquire(False, 0))
t(lambda: lock.acquire(blocking=False, timeout=0.5))
t(lambda: lock.acquire(True, -2))
t(lambda: lock.acquire(True, -1.5))
t(lambda: lock.acquire(True, -0.000001))
t(lambda: lock.acquire(timeout=1e10))
t(lambda: lock.acquire(timeout=9223372037.0))
t(lambda: lock.acquire(timeout=9223372037))
t(lambda: lock.acquire(timeout=10**30))
t(lambda: lock.acquire(timeout=-10**30))
t(lambda: lock.acquire(timeout=float("inf")))
t(lambda: lock.acquire(timeout=float("nan")))
t(lambda: lock.acquire(timeout="x"))
t(lambda: lock.acquire(timeout=None))
t(lambda: lock.acquire(blocking="x"))
t(lambda: lock.acquire(blocking=None))
t(lambda: lock.acquire(blocking=1.5))
t(lambda: lock.acquire(blocking=2**40))
t(lambda: lock.acquire(1, 2, 3))
t(lambda: lock.acquire(foo=1))
t(lambda: lock.acquire(1, blocking=1))
t(lambda: lock.locked(1))
t(lambda: lock.release(1))
print(lock.locked())


class Idx:
    def __index__(self):
        return 0


t(lambda: lock.acquire(timeout=Idx()))
lock.release()

print("-- context manager")
with lock as r:
    print("inside", r, lock.locked())
print("after", lock.locked())
try:
    with lock:
        raise ValueError("boom")
except ValueError as e:
    print("raised", e, lock.locked())
print(lock.__enter__(), lock.locked(), lock.__exit__(None, None, None), lock.locked())
print(lock.__enter__(False), lock.__exit__(1, 2, 3, 4, 5), lock.locked())
t(lambda: lock.__exit__())

print("-- _at_fork_reinit")
lock.acquire()
print(lock._at_fork_reinit(), lock.locked(), lock.acquire(False))
lock.release()

print("-- type")
t(lambda: _thread.LockType())
try:
    class Sub(_thread.LockType):
        pass
except TypeError as e:
    print("TypeError", e)
t(lambda: _thread.allocate_lock(1))
print(type(_thread.allocate()).__name__)
a, b = _thread.allocate_lock(), _thread.allocate_lock()
print(a == a, a == b, a != b, hash(a) == hash(a))
t(lambda: a < b)
t(lambda: setattr(a, "x", 1))
print(_thread.LockType.acquire.__doc__.splitlines()[0])
print(_thread.LockType.__name__, _thread.LockType.__qualname__)
print(sorted(n for n in dir(_thread.LockType) if not n.startswith("__")))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
