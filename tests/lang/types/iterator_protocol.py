# Iterables and iterators: __iter__, __next__, and the old __getitem__ protocol.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), sum(c), max(c), sorted(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
for a, b in zip(Countdown(2), Countdown(5)):
    print(a, b)


class Fib:
    def __iter__(self):
        a, b = 0, 1
        while a < 50:
            yield a
            a, b = b, a + b


print(list(Fib()), 13 in Fib(), 14 in Fib())


class NotIterable:
    __iter__ = None


try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Countdown(1))
except TypeError as e:
    print(type(e).__name__, e)


class OnlyNext:
    def __next__(self):
        return 1


try:
    iter(OnlyNext())
except TypeError as e:
    print(type(e).__name__, e)


class Squares:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError("end")
        return i * i


print(list(Squares()), list(enumerate(Squares()))[:2], 16 in Squares())
print(list(iter(iter([1, 2]))), iter(it) is it)
calls = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(calls), None)))


class Reusable:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return iter(self.data[::-1])

    def __len__(self):
        return len(self.data)


r = Reusable([1, 2, 3])
print(list(r), list(reversed(r)), len(r), list(map(str, r)), dict.fromkeys(r))
try:
    reversed(Countdown(3))
except TypeError as e:
    print(type(e).__name__, e)


class StopsEarly:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise StopIteration("with value")
        return self.i


print(list(StopsEarly()))
