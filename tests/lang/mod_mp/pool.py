# multiprocessing.Pool with the fork start method.
import multiprocessing as mp

def sq(x):
    return x * x

def add(a, b):
    return a + b

OFFSET = 0

def set_offset(v):
    # a pool initializer: runs once in each worker
    global OFFSET
    OFFSET = v

def sq_offset(x):
    return x * x + OFFSET

def fail(x):
    if x == 1:
        return x
    raise ValueError('bad %d' % x)

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    with ctx.Pool(2) as p:
        print(p.map(sq, range(10)))
        print(p.map(sq, range(7), chunksize=3))
        print(sorted(p.imap_unordered(sq, range(6))))
        print(list(p.imap(sq, range(6))))
        print(p.apply(add, (2, 3)), p.apply_async(add, (4, 5)).get())
        print(p.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(p.starmap_async(add, [(7, 8)]).get())
        r = p.map_async(sq, [3, 4])
        r.wait()
        print(r.ready(), r.successful(), r.get())
        try:
            p.map(fail, [1, 2, 1])
        except ValueError as e:
            print('ValueError:', e)
        r = p.apply_async(fail, (9,))
        try:
            r.get()
        except ValueError as e:
            print('ValueError:', e, r.successful())
        got = []
        p.apply_async(sq, (12,), callback=got.append).wait()
        print(got)
    p = ctx.Pool(processes=3, initializer=set_offset, initargs=(100,))
    print(sorted(p.map(sq_offset, [1, 2, 3])))
    p.close()
    p.join()
    try:
        p.map(sq, [1])
    except ValueError as e:
        print('ValueError:', e)
