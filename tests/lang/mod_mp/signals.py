# A blocked SemLock.acquire() lets signal handlers run: Ctrl-C raises
# KeyboardInterrupt out of it; a handler that returns lets the wait go on.
import multiprocessing as mp
import os
import signal

def send_sigint(pid, ready):
    ready.wait()
    os.kill(pid, signal.SIGINT)

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    lock = ctx.Lock()
    lock.acquire()
    ready = ctx.Event()
    p = ctx.Process(target=send_sigint, args=(os.getpid(), ready))
    p.start()
    try:
        ready.set()
        lock.acquire()
        print('not reached')
    except KeyboardInterrupt:
        print('KeyboardInterrupt')
    p.join()
    print(p.exitcode, lock._semlock._count())

    # the handler releases the semaphore the main thread waits on
    sem = ctx.Semaphore(0)
    calls = []
    def handler(signum, frame):
        calls.append(signum)
        sem.release()
    signal.signal(signal.SIGUSR1, handler)
    ready = ctx.Event()
    p = ctx.Process(target=lambda: (ready.wait(), os.kill(os.getppid(), signal.SIGUSR1)))
    p.start()
    ready.set()
    print(sem.acquire(), calls == [signal.SIGUSR1])
    p.join()
    print(p.exitcode)
