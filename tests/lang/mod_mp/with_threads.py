# A thread blocked in SemLock.acquire() lets the other threads run (the
# wait releases the GIL), and process-shared locks work between threads.
import multiprocessing as mp
import threading

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    lock = ctx.Lock()
    got = []
    lock.acquire()
    def waiter():
        got.append(lock.acquire(timeout=60))
        lock.release()
    t = threading.Thread(target=waiter)
    t.start()
    total = sum(range(100000))  # runs while the thread waits
    lock.release()
    t.join()
    print(total, got)

    # an RLock belongs to a thread: another thread may not release it
    r = ctx.RLock()
    r.acquire()
    errors = []
    def other():
        try:
            r.release()
        except AssertionError as e:
            errors.append(str(e))
        errors.append(r.acquire(False))
    t = threading.Thread(target=other)
    t.start()
    t.join()
    r.release()
    print(errors)

    sem = ctx.Semaphore(0)
    out = []
    def consumer(i):
        sem.acquire()
        out.append(i)
    ts = [threading.Thread(target=consumer, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for _ in ts:
        sem.release()
    for t in ts:
        t.join()
    print(sorted(out), sem.get_value())

    cond = ctx.Condition()
    state = []
    def notifier():
        with cond:
            state.append('ready')
            cond.notify()
    with cond:
        t = threading.Thread(target=notifier)
        t.start()
        print(cond.wait_for(lambda: state, timeout=60))
    t.join()
