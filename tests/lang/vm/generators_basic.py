def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])

def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]

print(list(chunks("abcdefghij", 3)))

def with_return():
    yield 1
    return "done"

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted again:", e.value)

def empty():
    return
    yield

print(list(empty()))
print(type(empty()).__name__)

def pipeline():
    nums = (i * i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    return sum(evens)

print(pipeline())

def tree_walk(node):
    if node is None:
        return
    left, value, right = node
    yield from tree_walk(left)
    yield value
    yield from tree_walk(right)

tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(tree_walk(tree)))

def lines():
    data = "alpha\nbeta\ngamma"
    for line in data.split("\n"):
        yield line.upper()

for i, line in enumerate(lines()):
    print(i, line)

g = countdown(3)
print(iter(g) is g)
print(next(g), next(g), next(g), next(g, "default"))

def closure_gen():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    for i in range(5):
        yield add(i)

print(list(closure_gen()))
print(sorted(countdown(4)), max(countdown(7)), "".join(str(x) for x in countdown(3)))
print(countdown.__name__, countdown(1).__name__, countdown(1).__qualname__)
