it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e.value))
it = iter('ab')
print(list(it), list(it))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)))
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(OldSeq())))
def err(f, *a):
    try:
        print(f(*a))
    except TypeError as e:
        print('TypeError:', e)
err(iter, 5)
err(iter, 5, 0)
err(next, [1])
err(next, 5)
err(iter)
g = (x * 2 for x in range(3))
print(next(g), next(g), next(g), next(g, None))
print(type(iter(range(3))).__name__, type(iter([])).__name__, type(iter({})).__name__)
