import abc, collections.abc as cabc, numbers, io, sys

class MyABC(abc.ABC):
    pass

class X: pass
class XSub(X): pass

print(MyABC.register(X) is X)
print(issubclass(X, MyABC), issubclass(XSub, MyABC), isinstance(X(), MyABC), isinstance(XSub(), MyABC))
# registering again or registering a real subclass returns the class too
print(MyABC.register(X) is X)
class Real(MyABC): pass
print(MyABC.register(Real) is Real)

# decorator use
@MyABC.register
class Y: pass
print(Y.__name__, issubclass(Y, MyABC))

for bad in [1, "x", X()]:
    try:
        MyABC.register(bad)
    except TypeError as e:
        print("TypeError", e)

class Outer(abc.ABC): pass
class Inner(Outer): pass
try:
    Inner.register(Outer)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Outer.register(Outer)
    print("self-register ok")
except RuntimeError as e:
    print("RuntimeError", e)

# registered ABCs chain: registering with a sub-ABC makes it a subclass of the parent ABC
class P(abc.ABC): pass
class Q(P): pass
class Z: pass
Q.register(Z)
print(issubclass(Z, P), issubclass(Z, Q))
class W: pass
P.register(W)
print(issubclass(W, P), issubclass(W, Q))

# cache token changes only on a real registration
t0 = abc.get_cache_token()
class V: pass
P.register(V)
t1 = abc.get_cache_token()
P.register(V)
print(t0 != t1, t1 == abc.get_cache_token(), type(t0).__name__)

# negative cache is invalidated by register
class N: pass
print(issubclass(N, P))
P.register(N)
print(issubclass(N, P))

# builtins against the standard ABCs
checks = [
    (list, cabc.Sequence), (list, cabc.MutableSequence), (tuple, cabc.MutableSequence),
    (dict, cabc.Mapping), (dict, cabc.MutableMapping), (str, cabc.Sequence),
    (bytes, cabc.ByteString), (set, cabc.Set), (frozenset, cabc.MutableSet),
    (int, numbers.Integral), (float, numbers.Real), (complex, numbers.Real),
    (bool, numbers.Number), (float, numbers.Integral),
    (io.StringIO, io.TextIOBase), (io.BytesIO, io.BufferedIOBase), (io.FileIO, io.RawIOBase),
    (io.StringIO, io.IOBase), (int, cabc.Hashable), (list, cabc.Hashable),
    (type(iter([])), cabc.Iterator), (range, cabc.Sequence), (memoryview, cabc.Sequence),
    (type({}.keys()), cabc.KeysView), (type({}.items()), cabc.Set),
]
for cls, abccls in checks:
    print(cls.__name__, abccls.__name__, issubclass(cls, abccls))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(1, numbers.Complex), isinstance("", cabc.Hashable))

try:
    issubclass(1, cabc.Sized)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, MyABC)
except TypeError as e:
    print("TypeError", e)
