# __call__: instances that behave like functions.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **extra):
        return (self.n + x + sum(rest)) * scale, extra


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, flag=True))
print(callable(add5), callable(Adder), callable(5), callable("s".upper))
print(list(map(Adder(1), [1, 2])))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.calls = 0

    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.calls, type(fib).__name__)

five = 5
try:
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text = "abc"
    text(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
NotCallable.__call__ = lambda self: "now callable"
print(NotCallable()(), callable(NotCallable()))


class CallableClassAttr:
    __call__ = Adder(100)


print(CallableClassAttr()(1))


class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        return super().__new__(cls)

    def __init__(self, kind):
        print("init", kind)
        self.kind = kind


print(Factory("int"), Factory("obj").kind)


class Swallow:
    def __init__(self):
        return None


print(type(Swallow()).__name__)


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
print(type.__call__(Adder, 3).n, Adder.__call__(add5, 1))
