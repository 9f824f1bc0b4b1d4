# sys.set_asyncgen_hooks / get_asyncgen_hooks, coroutine origin tracking,
# _current_frames/_current_exceptions and the newer sys attributes.
import sys

print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names,
      "re" in sys.stdlib_module_names, "krait" in sys.stdlib_module_names)
print(sys._framework, sys._home)
print(sys.get_asyncgen_hooks())

seen = []


def firstiter(g):
    seen.append(("first", g.__name__))


def finalizer(g):
    seen.append(("fin", g.__name__))


sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, h[0] is firstiter, len(h))


async def agen():
    yield 1
    yield 2


g = agen()
print(seen)
x = g.__anext__()
print(seen)
try:
    x.send(None)
except StopIteration as e:
    print("got", e.value)
del g, x
print(seen)

# a generator that finished needs no finalizer
seen.clear()
g2 = agen()
a = g2.aclose()
try:
    a.send(None)
except StopIteration:
    print("closed")
del g2, a
print(seen)

for bad in ({"finalizer": 3}, {"firstiter": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(2)


async def coro():
    pass


def make():
    return coro()


c = make()
print(sys.get_coroutine_origin_tracking_depth(), [(f[1], f[2]) for f in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = make()
print(c.cr_origin)
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)

frames = sys._current_frames()
print(len(frames), list(frames.values())[0].f_code.co_name)
try:
    raise KeyError(1)
except KeyError:
    (t, v, tb), = sys._current_exceptions().values()
    print(t.__name__, v, tb is not None)
print(list(sys._current_exceptions().values()))
