# _queue.SimpleQueue (queue.SimpleQueue) and _queue.Empty on one thread:
# FIFO order, the argument forms of put/get, non-blocking and timed gets
# on an empty queue, and the errors for bad timeouts.
import _queue
import queue
import time

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(_queue.Empty.__mro__)
print(_queue.SimpleQueue, _queue.SimpleQueue.__module__, _queue.SimpleQueue.__qualname__)
print(sorted(n for n in dir(_queue.SimpleQueue) if not n.startswith("__")))
for name in ("put", "put_nowait", "get", "get_nowait", "empty", "qsize"):
    print(name, getattr(_queue.SimpleQueue, name).__text_signature__)
print(_queue.SimpleQueue[int], queue.SimpleQueue[str].__origin__)


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e!r}")
    else:
        print(f"{label}: {result!r}")


print("-- FIFO, all the forms of put and get")
q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put(2, False, 3)
q.put_nowait(3)
q.put(item=4)
q.put(5, block=True, timeout=-1)
q.put_nowait(item=None)
print(q.empty(), q.qsize())
print(q.get(), q.get(False), q.get(True, 1), q.get_nowait(), q.get(block=True, timeout=None),
      q.get(timeout=0))
print(q.empty(), q.qsize())

print("-- many items, in order, growing and shrinking")
for i in range(1000):
    q.put(i)
print(q.qsize(), [q.get() for i in range(5)])
for i in range(1000, 1500):
    q.put(i)
got = [q.get_nowait() for i in range(q.qsize())]
print(len(got), got == list(range(5, 1500)), q.empty())
for round_ in range(3):
    for i in range(20):
        q.put((round_, i))
    print([q.get() for i in range(15)][-1], q.qsize())
while not q.empty():
    q.get()
print(q.qsize())

print("-- an empty queue")
attempt("get(False)", q.get, False)
attempt("get(block=0)", q.get, block=0)
attempt("get(block=None)", q.get, block=None)
attempt("get(block=[])", q.get, block=[])
attempt("get_nowait()", q.get_nowait)
attempt("get(timeout=0)", q.get, timeout=0)
attempt("get(timeout=0.0)", q.get, timeout=0.0)
attempt("get(timeout=1e-9)", q.get, timeout=1e-9)
attempt("get(False, -1)", q.get, False, -1)
attempt("get(False, 'x')", q.get, False, "x")
for timeout in (0.05, 0.1):
    start = time.monotonic()
    attempt(f"get(timeout={timeout})", q.get, timeout=timeout)
    print("waited at least the timeout:", time.monotonic() - start >= timeout)
start = time.monotonic()
attempt("get(True, 0.05)", q.get, True, 0.05)
print("waited at least the timeout:", time.monotonic() - start >= 0.05)
try:
    q.get_nowait()
except queue.Empty as e:
    print("caught as queue.Empty:", type(e), e.args)

print("-- bad timeouts")
attempt("timeout=-1", q.get, timeout=-1)
attempt("timeout=-0.5", q.get, timeout=-0.5)
attempt("timeout='x'", q.get, timeout="x")
attempt("timeout=nan", q.get, timeout=float("nan"))
attempt("timeout=inf", q.get, timeout=float("inf"))
attempt("timeout=1e300", q.get, timeout=1e300)
attempt("timeout=10**30", q.get, timeout=10**30)
attempt("timeout=-10**30", q.get, timeout=-10**30)

print("-- bad arguments")
attempt("SimpleQueue(1)", queue.SimpleQueue, 1)
attempt("SimpleQueue(a=1)", queue.SimpleQueue, a=1)
attempt("get(1, 2, 3)", q.get, 1, 2, 3)
attempt("get(foo=1)", q.get, foo=1)
attempt("put()", q.put)
attempt("put(1, 2, 3, 4)", q.put, 1, 2, 3, 4)
attempt("put(1, foo=2)", q.put, 1, foo=2)
attempt("put_nowait()", q.put_nowait)
attempt("put_nowait(1, 2)", q.put_nowait, 1, 2)
attempt("empty(1)", q.empty, 1)
attempt("qsize(1)", q.qsize, 1)
attempt("get_nowait(1)", q.get_nowait, 1)
attempt("attribute", getattr, q, "nope")
attempt("__dict__", getattr, q, "__dict__")
print(q.qsize())
attempt("get_nowait(1, a=2)", q.get_nowait, 1, a=2)
attempt("get_nowait(a=2)", q.get_nowait, a=2)
