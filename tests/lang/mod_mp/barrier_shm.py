# multiprocessing pieces that stand on mmap: Barrier (its heap) and
# shared_memory.SharedMemory; and ProcessPoolExecutor
import multiprocessing as mp
from multiprocessing import shared_memory
def f(x): return x * x
def w(b, q, i):
    b.wait(); q.put(i)
if __name__ == '__main__':
    with mp.Pool(2) as p:
        print(p.map(f, range(10)))
    b = mp.Barrier(3); q = mp.Queue()
    ps = [mp.Process(target=w, args=(b, q, i)) for i in range(3)]
    for p in ps: p.start()
    print(sorted(q.get() for _ in range(3)))
    for p in ps: p.join()
    shm = shared_memory.SharedMemory(create=True, size=16)
    shm.buf[:3] = b"abc"; print(bytes(shm.buf[:3])); shm.close(); shm.unlink()
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(f, range(5))))
