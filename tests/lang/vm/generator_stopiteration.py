def leaky():
    yield 1
    raise StopIteration("inside")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def uses_next(it):
    while True:
        yield next(it)

try:
    list(uses_next(iter([1, 2])))
except RuntimeError as e:
    print("RuntimeError:", e)

def safe_next(it):
    for x in it:
        yield x

print(list(safe_next(iter([1, 2]))))

def explicit_return():
    yield 1
    return 5

print(list(explicit_return()))

class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Counter(4)))

def wrap():
    try:
        yield from Counter(2)
    except StopIteration:
        print("not reached")
    yield "after"

print(list(wrap()))

def stop_subclass():
    yield 0
    class MyStop(StopIteration):
        pass
    raise MyStop

try:
    list(stop_subclass())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

it = iter([])
try:
    next(it)
except StopIteration as e:
    print("plain StopIteration", e.value)
