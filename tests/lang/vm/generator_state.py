def gen():
    print("running:", g.gi_running)
    yield 1
    yield 2

g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g))
print(g.gi_running, g.gi_frame.f_lineno)
print(list(g))
print(g.gi_frame)

def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def locals_gen(a):
    b = a * 2
    yield
    c = b + 1
    yield

lg = locals_gen(5)
next(lg)
print(sorted(lg.gi_frame.f_locals.items()))
next(lg)
print(sorted(lg.gi_frame.f_locals.items()))

def inner():
    yield 1

def outer():
    yield from inner()

o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__)
print(list(o), o.gi_yieldfrom)

g2 = gen.__code__
print(bool(g2.co_flags & 0x20))
print(repr(gen).startswith("<function gen"), repr(gen()).startswith("<generator object gen at"))
class K:
    def method(self):
        yield self
print(K().method().__qualname__)
