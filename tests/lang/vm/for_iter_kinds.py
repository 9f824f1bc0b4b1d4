# for loops over each kind of iterator FOR_ITER steps inline (range,
# generators, list and tuple iterators) and over the generic ones, including
# ends by return values, exceptions and mutation during the loop.
def gen(n):
    for i in range(n):
        yield i * i
    return "done"

def failing():
    yield 1
    raise KeyError("inside")

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("ignored value")
        self.n -= 1
        return self.n

print([x for x in range(-3, 10, 4)], [x for x in range(0)])
print([x for x in gen(5)], list(gen(0)))
try:
    for x in failing():
        print("got", x)
except KeyError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
for x in lst:
    if x < 5:
        lst.append(x + 3)
print(lst)
for x in lst:
    lst.clear()
    print("once", x)
print([x for x in (4, 5, 6)], [x for x in ()])
print(list(Countdown(4)), [c for c in "abc"], [k for k in {"a": 1, "b": 2}])
it = iter([7, 8])
for x in it:
    pass
print(list(it), next(it, "exhausted"))
# the same loop body meeting each kind in turn
total = []
for src in (range(3), gen(3), [10, 11], (20, 21), Countdown(2), iter((30,))):
    for x in src:
        total.append(x)
print(total)
def nested():
    yield from gen(3)
    yield from (100, 101)
print(list(nested()))
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
