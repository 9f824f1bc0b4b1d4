import abc, gc, weakref, io, contextlib
from _abc import _get_dump, _reset_registry, _reset_caches, get_cache_token, _abc_init
import _abc

print(sorted(n for n in dir(_abc) if not n.startswith("__")))

class A(abc.ABC): pass
class R: pass
A.register(R)
class NotSub: pass
issubclass(NotSub, A)
class Sub(R): pass
issubclass(Sub, A)

reg, cache, neg, version = _get_dump(A)
print(type(reg).__name__, type(cache).__name__, type(neg).__name__, type(version).__name__)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in neg))
print(all(type(r) is weakref.ref for r in reg | cache | neg))
print(version == get_cache_token())
# copies, not the sets themselves
reg.clear()
print(len(_get_dump(A)[0]))

# dead classes leave the sets
del NotSub
gc.collect()
print(len(_get_dump(A)[2]))

# the printed dump
buf = io.StringIO()
A._abc_caches_clear()
A._dump_registry(file=buf)
lines = buf.getvalue().splitlines()
print(lines[0].split(" at ")[0].split(".")[-1])
print([l.split(":")[0] for l in lines[1:]])

_reset_caches(A)
print([len(s) for s in _get_dump(A)[:3]])
print(issubclass(Sub, A))
_reset_registry(A)
_reset_caches(A)
print(issubclass(Sub, A), issubclass(R, A), [len(s) for s in _get_dump(A)[:3]])

# a fresh ABC has empty sets
class B(abc.ABC): pass
print([len(s) for s in _get_dump(B)[:3]])

# a wrong _abc_impl
class C(abc.ABC): pass
C._abc_impl = 5
for f in (lambda: issubclass(int, C), lambda: C.register(int), lambda: _get_dump(C)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
try:
    type(B._abc_impl)()
    print("made")
except TypeError as e:
    print("TypeError", e)
try:
    get_cache_token(1)
except TypeError as e:
    print("TypeError")
for f, args in [(_abc._abc_register, (A,)), (_abc._abc_subclasscheck, (A, int, 1)), (_abc._abc_instancecheck, ())]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError", e)

# weak registry: a registered class can die
class D(abc.ABC): pass
class Gone: pass
D.register(Gone)
r = weakref.ref(Gone)
del Gone
gc.collect()
print(r() is None, len(_get_dump(D)[0]))
