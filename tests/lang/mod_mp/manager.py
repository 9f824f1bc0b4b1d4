# multiprocessing.Manager: a server process reached through proxies.
import multiprocessing as mp

def mworker(d, l, i):
    d[i] = i * i
    l.append(i)

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    with ctx.Manager() as m:
        d = m.dict()
        l = m.list([10])
        ps = [ctx.Process(target=mworker, args=(d, l, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l), len(l), d.get(1), 2 in d)
        ns = m.Namespace()
        ns.x = 5
        print(ns.x)
        q = m.Queue()
        q.put(3)
        print(q.get(), q.empty())
        lk = m.Lock()
        print(lk.acquire())
        lk.release()
        v = m.Value('i', 4)
        v.value += 1
        print(v.value)
        a = m.Array('i', [1, 2, 3])
        print(list(a), len(a))
        ev = m.Event()
        ev.set()
        print(ev.is_set())
        try:
            d[99]
        except KeyError as e:
            print('KeyError', e)
