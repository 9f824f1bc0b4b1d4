# threading in a single-threaded program: the main thread, locks,
# conditions, events, semaphores, barriers and thread-local data.
# (Starting a second thread is not tested here.)
import threading
import time

main = threading.current_thread()
print(main.name, type(main).__name__, threading.main_thread() is main)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
print(main.is_alive(), main.daemon, threading.current_thread() is main)
print(repr(main).startswith("<_MainThread(MainThread, started"))
print(threading.TIMEOUT_MAX, threading.stack_size(), threading.ThreadError is RuntimeError)

lock = threading.Lock()
print(type(lock).__name__, lock.acquire(), lock.locked(), lock.acquire(timeout=0.01))
lock.release()
with lock:
    print("locked", lock.locked())
print(lock.locked())

r = threading.RLock()
print(type(r).__name__, r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

print("-- Condition")
c = threading.Condition()
with c:
    start = time.monotonic()
    print(c.wait(0.02), time.monotonic() - start >= 0.02)
    print(c.wait_for(lambda: 42), c.wait_for(lambda: 0, timeout=0.01))
    c.notify()
    c.notify_all()
try:
    c.wait(0)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError", e)
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait(0.001))

print("-- Event")
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

print("-- Semaphore")
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01), s.acquire(False))
s.release(2)
print(s.acquire(blocking=False))
bs = threading.BoundedSemaphore(1)
print(bs.acquire())
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)

print("-- Barrier")
b = threading.Barrier(1, action=lambda: print("action"))
print(b.parties, b.n_waiting, b.wait(), b.broken)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", type(e).__mro__[1].__name__)

print("-- local")
loc = threading.local()
loc.x = 1
print(loc.x, vars(loc), type(loc).__module__)


class MyLocal(threading.local):
    def __init__(self, n):
        self.n = n


print(MyLocal(5).n)

print("-- Thread objects")
t = threading.Thread(target=print, args=("hi",), name="worker")
print(t.name, t.is_alive(), t.daemon, t.ident)
print(repr(t).split(" ")[0], repr(t).endswith("initial)>"))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
t.name = "renamed"
t.daemon = True
print(t.name, t.daemon)


class Worker(threading.Thread):
    def run(self):
        print("run in", threading.current_thread().name)


w = Worker(name="W")
w.run()
tm = threading.Timer(10, print)
tm.cancel()
print(type(tm).__name__, tm.finished.is_set())
print(threading.excepthook is threading.__excepthook__)
print(sorted(threading.ExceptHookArgs._fields) if hasattr(threading.ExceptHookArgs, "_fields") else threading.ExceptHookArgs.__name__)
