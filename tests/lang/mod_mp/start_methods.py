# The spawn and forkserver start methods: the child is a fresh interpreter
# (sys.executable) that re-imports this file as __mp_main__.
import multiprocessing as mp

def sq(x):
    return x * x

def worker(q, lock, n):
    with lock:
        q.put((__name__, n * 10))

if __name__ == '__main__':
    print(sorted(mp.get_all_start_methods()))
    for method in ('spawn', 'forkserver'):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        lock = ctx.Lock()
        ps = [ctx.Process(target=worker, args=(q, lock, i)) for i in range(2)]
        for p in ps:
            p.start()
        res = sorted(q.get() for _ in ps)
        for p in ps:
            p.join()
        print(method, res, [p.exitcode for p in ps])
        with ctx.Pool(2) as pool:
            print(method, pool.map(sq, range(5)))
