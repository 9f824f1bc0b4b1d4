# Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition across
# processes (fork start method).
import multiprocessing as mp

def locker(lock, q, i):
    with lock:
        q.put(i)

def counter(lock, q, n):
    for i in range(n):
        with lock:
            with lock:
                q.put(i)

def cond_child(cond, ev, q):
    with cond:
        ev.set()
        cond.wait()
        q.put('woken')

def sem_child(sem, q):
    sem.acquire()
    q.put('in')

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    lock = ctx.Lock()
    q = ctx.Queue()
    ps = [ctx.Process(target=locker, args=(lock, q, i)) for i in range(4)]
    for p in ps:
        p.start()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    print(repr(lock).startswith('<Lock(owner=MainProcess'))
    lock.release()
    print(repr(lock))
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)

    r = ctx.RLock()
    print(r.acquire(), r.acquire())
    print(repr(r))
    r.release()
    r.release()
    print(repr(r))
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)
    ps = [ctx.Process(target=counter, args=(r, q, 3)) for _ in range(2)]
    for p in ps:
        p.start()
    print(sorted(q.get() for _ in range(6)))
    for p in ps:
        p.join()

    s = ctx.Semaphore(2)
    print(s.get_value(), s.acquire(), s.acquire(), s.acquire(False), s.get_value())
    print(repr(s))
    s.release()
    s.release()
    s.release()
    print(s.get_value())
    sem = ctx.Semaphore(0)
    p = ctx.Process(target=sem_child, args=(sem, q))
    p.start()
    sem.release()
    print(q.get())
    p.join()
    bs = ctx.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    print(repr(bs))
    try:
        ctx.Semaphore(-1)
    except OSError as e:
        print('OSError:', e.errno)

    ev = ctx.Event()
    print(ev.is_set(), ev.wait(0.01))
    ev.set()
    print(ev.is_set(), ev.wait())
    ev.clear()
    print(ev.is_set())

    cond = ctx.Condition()
    ev2 = ctx.Event()
    p = ctx.Process(target=cond_child, args=(cond, ev2, q))
    p.start()
    ev2.wait()
    with cond:
        cond.notify_all()
    print(q.get())
    p.join()
    print('cond', p.exitcode)
    with cond:
        print(cond.wait(0.01), cond.wait_for(lambda: 42))
    try:
        cond.notify()
    except AssertionError as e:
        print('AssertionError:', e)
