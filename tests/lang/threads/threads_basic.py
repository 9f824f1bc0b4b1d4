# Real threads under the GIL: start, join, shared counters under a lock,
# results through queues, thread pools, events and conditions.
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=add, args=(5000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)
print("alive after join", [t.is_alive() for t in ts].count(True))


def square(x):
    time.sleep(0.001)
    return x * x


with ThreadPoolExecutor(max_workers=4) as ex:
    print("map", list(ex.map(square, range(10))))
    futs = {ex.submit(square, i): i for i in range(20)}
    print("as_completed", sorted(f.result() for f in as_completed(futs)))

q = queue.Queue(maxsize=10)


def producer():
    for i in range(500):
        q.put(i)
    q.put(None)


def consumer(out):
    total = 0
    while (item := q.get()) is not None:
        total += item
    out.append(total)


out = []
p = threading.Thread(target=producer)
c = threading.Thread(target=consumer, args=(out,))
p.start(); c.start(); p.join(); c.join()
print("queue total", out)

# every CPU-bound thread makes progress: the GIL is handed over
results = {}


def spin(name):
    x = 0
    for i in range(200000):
        x += i
    results[name] = x


ts = [threading.Thread(target=spin, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("spin", sorted(results.items()))

# a condition variable hand-off between two threads, many times over
cond = threading.Condition()
turn = [0]
log = []


def player(me, rounds):
    for _ in range(rounds):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append(me)
            turn[0] = 1 - me
            cond.notify_all()


a = threading.Thread(target=player, args=(0, 50))
b = threading.Thread(target=player, args=(1, 50))
a.start(); b.start(); a.join(); b.join()
print("ping-pong", len(log), log[:6], all(log[i] != log[i + 1] for i in range(len(log) - 1)))

ev = threading.Event()
threading.Timer(0.02, ev.set).start()
print("event", ev.wait(5))

sem = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]


def guarded():
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.005)
        with lock:
            inside[0] -= 1


ts = [threading.Thread(target=guarded) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore peak <= 2", peak[0] <= 2)

barrier = threading.Barrier(3)
order = []


def at_barrier(i):
    barrier.wait()
    with lock:
        order.append(i)


ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier", sorted(order))

# names, idents, native ids, enumerate
t = threading.Thread(target=lambda: None, name="worker-x")
t.start(); t.join()
print(t.name, t.ident is not None, t.native_id is not None, t.is_alive())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
idents = []
t = threading.Thread(target=lambda: idents.append(threading.get_ident()))
t.start(); t.join()
print("ident differs", idents[0] != threading.get_ident(), idents[0] == t.ident)
