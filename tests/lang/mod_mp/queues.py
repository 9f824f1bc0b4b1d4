# Queues and pipes between processes (fork start method).
import multiprocessing as mp
import queue

def producer(q, n):
    for i in range(3):
        q.put((n, i))

def jq_worker(jq, out):
    while True:
        x = jq.get()
        if x is None:
            jq.task_done()
            break
        out.put(x + 100)
        jq.task_done()

def pipe_child(conn):
    msg = conn.recv()
    conn.send(('got', msg))
    conn.send_bytes(b'raw bytes')
    conn.send([i * i for i in range(1000)])
    conn.close()

def sq_child(sq):
    sq.put(sq.get() * 2)

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    q = ctx.Queue()
    ps = [ctx.Process(target=producer, args=(q, n)) for n in range(3)]
    for p in ps:
        p.start()
    print(sorted(q.get() for _ in range(9)))
    for p in ps:
        p.join()
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print('Empty')
    try:
        q.get_nowait()
    except queue.Empty:
        print('Empty')
    bq = ctx.Queue(maxsize=1)
    bq.put(1)
    try:
        bq.put_nowait(2)
    except queue.Full:
        print('Full')
    print(bq.get(), bq.empty())

    jq = ctx.JoinableQueue()
    out = ctx.Queue()
    w = ctx.Process(target=jq_worker, args=(jq, out))
    w.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print(sorted(out.get() for _ in range(5)))
    w.join()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError:', e)

    sq = ctx.SimpleQueue()
    p = ctx.Process(target=sq_child, args=(sq,))
    sq.put(21)
    p.start()
    p.join()
    print(sq.get(), sq.empty())
    sq.close()

    a, b = ctx.Pipe()
    p = ctx.Process(target=pipe_child, args=(b,))
    p.start()
    b.close()  # the child's end: EOF once the child closes its copy
    a.send({'k': 1})
    print(a.recv(), a.recv_bytes(), sum(a.recv()))
    p.join()
    try:
        a.recv()
    except EOFError:
        print('EOFError')
    r, w = ctx.Pipe(duplex=False)
    w.send(5)
    print(r.poll(), r.recv(), r.poll())
    try:
        r.send(1)
    except OSError as e:
        print('OSError:', e)
    w.close()
    r.close()
