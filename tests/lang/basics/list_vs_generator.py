# A list vs a generator: laziness and memory.
import sys

squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print(type(squares_list).__name__, type(squares_gen).__name__)
print(sum(squares_list), sum(squares_gen), sum(squares_gen))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(1000))))
print(sys.getsizeof(x for x in range(10)) == sys.getsizeof(x for x in range(10 ** 6)))
print(sys.getsizeof([x for x in range(10 ** 5)]) > sys.getsizeof(x for x in range(10 ** 5)))

trace = []


def numbers(n):
    for i in range(n):
        trace.append(f"make {i}")
        yield i


for v in numbers(3):
    trace.append(f"use {v}")
print(trace)
trace.clear()
for v in [*numbers(3)]:
    trace.append(f"use {v}")
print(trace)

gen = numbers(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
print(next(gen, "default"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
it = iter([1, 2, 3])
print(list(it), list(it))
print(list(zip(range(3), fib())))
evens = (n for n in range(20) if n % 2 == 0)
print(max(evens), list(evens))
print(sorted((c for c in "generator"), reverse=True))
