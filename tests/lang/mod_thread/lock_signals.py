# A blocked lock acquire (Lock, RLock, Condition.wait, Event.wait) is
# interrupted by a signal: the handler runs, the wait goes on for the time
# left, and an exception from the handler ends it.
import signal, _thread, time
calls = []
def handler(signum, frame):
    calls.append(signum)
    if len(calls) == 2:
        raise ZeroDivisionError("from handler")
signal.signal(signal.SIGALRM, handler)
lock = _thread.allocate_lock()
lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
print(lock.acquire(timeout=0.3), len(calls), time.monotonic() - start >= 0.3)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except ZeroDivisionError as e:
    print("interrupted:", e, len(calls))
r = _thread.RLock()
def owner_other(): pass
r._acquire_restore((1, 12345))
signal.setitimer(signal.ITIMER_REAL, 0.05)
calls.clear()
def h2(signum, frame):
    raise KeyboardInterrupt
signal.signal(signal.SIGALRM, h2)
try:
    r.acquire()
except KeyboardInterrupt:
    print("rlock interrupted")
import threading
c = threading.Condition()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    with c:
        c.wait()
except KeyboardInterrupt:
    print("condition wait interrupted")
e = threading.Event()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    e.wait()
except KeyboardInterrupt:
    print("event wait interrupted")
