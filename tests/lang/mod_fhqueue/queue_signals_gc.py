# SimpleQueue: a blocking get() interrupted by a signal (the handler's
# exception propagates; a handler that puts an item wakes the getter; a
# handler that does neither lets the wait go on to its timeout), the
# garbage collector, weak references, subclasses, pickling, and the
# pure-Python queue classes that use it.
import copy
import gc
import pickle
import queue
import signal
import weakref


class Alarm(Exception):
    pass


def raise_alarm(signum, frame):
    raise Alarm("the handler raised")


old = signal.signal(signal.SIGALRM, raise_alarm)
q = queue.SimpleQueue()
print("-- a handler that raises ends a get() that would wait forever")
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    q.get()
except Alarm as e:
    print("interrupted:", e)
print(q.qsize())

print("-- a handler that puts an item wakes the getter")
seen = []


def put_from_handler(signum, frame):
    seen.append(signum == signal.SIGALRM)
    q.put("put by the handler")


signal.signal(signal.SIGALRM, put_from_handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(q.get(timeout=120), seen)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(q.get(), seen)

print("-- a quiet handler: the wait goes on until the timeout")
calls = []
signal.signal(signal.SIGALRM, lambda signum, frame: calls.append(signum))
signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    q.get(timeout=2)
except queue.Empty:
    print("Empty, after", len(calls), "handler call")
signal.signal(signal.SIGALRM, old)

print("-- the garbage collector")


class Item:
    pass


item = Item()
q2 = queue.SimpleQueue()
q2.put(item)
q2.put(q2)  # a cycle through the queue itself
ref_item, ref_queue = weakref.ref(item), weakref.ref(q2)
del item, q2
gc.collect()
print(ref_item(), ref_queue())
q3 = queue.SimpleQueue()
print(weakref.ref(q3)() is q3, gc.is_tracked(q3))
del q3

print("-- items released when the queue dies")
finalized = []


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        finalized.append(self.n)


q4 = queue.SimpleQueue()
for i in range(3):
    q4.put(Noisy(i))
print(q4.get().n, finalized)
del q4
print(sorted(finalized))

print("-- a __del__ that uses the queue while it is being emptied")
q5 = queue.SimpleQueue()


class PutsBack:
    def __del__(self):
        q5.put("from __del__")


q5.put(PutsBack())
q5.get()  # the item dies here, and its __del__ puts another one
print(q5.qsize(), q5.get_nowait())

print("-- subclasses")


class Sub(queue.SimpleQueue):
    def __init__(self, name, size=0):
        self.name = name

    def put(self, item, block=True, timeout=None):
        super().put((self.name, item))


s = Sub("s", size=3)
s.put(1)
print(s.get(), s.name, isinstance(s, queue.SimpleQueue), s.__dict__)

print("-- copying and pickling are refused")
for label, func in (("copy", copy.copy), ("deepcopy", copy.deepcopy), ("pickle", pickle.dumps)):
    try:
        func(queue.SimpleQueue())
    except TypeError as e:
        print(label, e)

print("-- queue.Queue and friends still work, and share Empty")
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    qq = cls()
    for x in (3, 1, 2):
        qq.put(x)
    print(cls.__name__, [qq.get() for _ in range(3)])
    try:
        qq.get_nowait()
    except queue.Empty as e:
        print("Empty", type(e).__module__)
print(queue._PySimpleQueue().empty())
