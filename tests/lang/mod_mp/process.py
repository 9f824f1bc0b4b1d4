# multiprocessing.Process with the fork start method.
import multiprocessing as mp
import os
import signal
import sys

def wait_for(ev):
    ev.wait()

def read_pipe(conn):
    # a terminated child must not hold a shared lock: it blocks in a
    # read of its own pipe, not in ev.wait()
    conn.recv()

def exiter(code):
    sys.exit(code)

def raiser():
    sys.stderr = open(os.devnull, 'w')  # keep the child's traceback out
    raise ValueError('boom in child')

def report(q):
    p = mp.current_process()
    q.put((p.name, p.daemon, os.getppid() == q_parent, mp.parent_process() is not None))

class MyProc(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
    def run(self):
        self.q.put('run ' + type(self).__name__)

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    q_parent = os.getpid()
    ev = ctx.Event()
    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=read_pipe, args=(r,), name='waiter')
    print(p.name, p.is_alive(), p.exitcode, p.daemon, p.pid)
    p.start()
    print(p.is_alive(), p.exitcode, p.pid != os.getpid(), p in mp.active_children())
    p.terminate()
    p.join()
    print(p.is_alive(), p.exitcode == -signal.SIGTERM, repr(p).endswith('exitcode=-SIGTERM>'))
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print('ValueError:', e)

    for code in (0, 3, 'text'):
        sys.stderr.flush()
        p = ctx.Process(target=exiter, args=(code,))
        p.start()
        p.join()
        print('exit', code, p.exitcode)
    p = ctx.Process(target=raiser)
    p.start()
    p.join()
    print('raise', p.exitcode)

    p = ctx.Process(target=wait_for, args=(ev,), daemon=True)
    p.start()
    print('daemon', p.daemon)
    ev.set()
    p.join(timeout=60)
    print(p.exitcode, ev.is_set())

    q = ctx.Queue()
    p = ctx.Process(target=report, args=(q,), name='reporter')
    p.start()
    print(q.get())
    p.join()
    p = MyProc(q)
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode, mp.active_children())
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
