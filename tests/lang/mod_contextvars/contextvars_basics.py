# contextvars: ContextVar get/set/reset, Token, Context mapping and run(),
# copy_context isolation, and the errors CPython raises.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar("v")
d = ContextVar("d", default=10)
print(v.name, d.name, d.get(), d.get(5))
try:
    v.get()
except LookupError as e:
    print("LookupError", type(e).__name__, e.args[0] is v)
print(v.get("fallback"))
t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" at ")[0])
v.reset(t)
print(v.get("unset"))

try:
    d.reset(v.set(3))
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))
try:
    v.reset(1)
except TypeError as e:
    print("TypeError", e)
try:
    ContextVar(1)
except TypeError as e:
    print("TypeError", e)
try:
    Token()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    class X(ContextVar):
        pass
except TypeError as e:
    print("TypeError", e)

# contexts are snapshots
v.set("outer")
ctx = copy_context()
print(ctx[v], v in ctx, len(ctx) >= 1, ctx.get(d, "nod"), ctx.get(v))


def inside(x, y=0):
    v.set("inner")
    d.set(x + y)
    return v.get(), d.get()


print(ctx.run(inside, 1, y=2))
print(v.get(), d.get())
print(ctx[v], ctx[d])
print(sorted(var.name for var in ctx), sorted(var.name for var in ctx.keys()))
print(sorted(ctx.values(), key=str), sorted((k.name, val) for k, val in ctx.items()))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2[d])
c2.run(d.set, 99)
print(c2[d], ctx[d], c2 == ctx)

try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    ctx[ContextVar("zz")]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)


def reenter():
    ctx.run(lambda: None)


try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0])

# an exception inside run() leaves the context it ran in
def boom():
    v.set("boom")
    raise ValueError("inside")


try:
    ctx.run(boom)
except ValueError as e:
    print("ValueError", e, v.get(), ctx[v])

# a fresh Context starts empty
empty = Context()
print(len(empty), list(empty), empty.run(lambda: d.get()), empty.run(v.get, "none"))
try:
    Context(1)
except TypeError as e:
    print("TypeError", e)
print(ContextVar[int], Token[str])
try:
    hash(ctx)
except TypeError as e:
    print("TypeError", e)
print(hash(v) == hash(v))
print(type(ctx).__name__, type(v).__module__, contextvars.Context is Context)
