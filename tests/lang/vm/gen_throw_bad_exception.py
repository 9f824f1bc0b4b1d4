# gen.throw(cls) whose instantiation fails throws that failure into the
# generator, as CPython's normalization does.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring_generator():
    yield
gen = boring_generator()
try:
    gen.throw(E)
except TypeError as e:
    print("TypeError", e)
try:
    next(gen)
    print("no stop")
except StopIteration:
    print("StopIteration")
def generator():
    try:
        yield
    except TypeError as e:
        print("inside TypeError", e)
gen = generator()
next(gen)
try:
    gen.throw(E)
except StopIteration:
    print("StopIteration 2")
class Bad(Exception):
    def __init__(self, *a):
        raise ValueError("ctor failed")
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught inside:", e)
        yield 2
it = g()
next(it)
print(it.throw(Bad))
it2 = g()
try:
    it2.throw(Bad)
except ValueError as e:
    print("outside:", e)
