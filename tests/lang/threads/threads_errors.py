# What happens to exceptions in threads: threading.excepthook (default and
# replaced), _thread's unraisable report, SystemExit ending a thread
# quietly, and thread-local data.
import _thread
import sys
import threading
import time


def boom():
    raise ValueError("bad value in thread")


t = threading.Thread(target=boom, name="T-boom")
t.start(); t.join()
sys.stderr.flush()

seen = []
threading.excepthook = lambda args: seen.append(
    (args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name="T-zero")
t.start(); t.join()
t = threading.Thread(target=sys.exit, args=(3,), name="T-exit")
t.start(); t.join()
print("hook saw", seen)
threading.excepthook = threading.__excepthook__

hooked = []
sys.unraisablehook = lambda u: hooked.append((u.exc_type.__name__, u.err_msg))
done = threading.Event()


def raw(a, b=0):
    try:
        raise KeyError(a + b)
    finally:
        done.set()


_thread.start_new_thread(raw, (1,), {"b": 2})
done.wait(5)
while _thread._count():
    time.sleep(0.001)
print("unraisable", hooked)
sys.unraisablehook = sys.__unraisablehook__

for bad in [lambda: _thread.start_new_thread(1, ()),
            lambda: _thread.start_new_thread(print, [1]),
            lambda: _thread.start_new_thread(print, (), [])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

data = threading.local()
data.x = "main"
res = []


def show(i):
    data.x = i
    time.sleep(0.002)
    res.append(data.x == i)


ts = [threading.Thread(target=show, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("local", res, data.x)
