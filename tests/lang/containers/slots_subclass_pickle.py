# set and bytearray subclasses with __slots__ pickle their slots and dict
# through __getstate__, as CPython 3.11.
import pickle
class S(set):
    __slots__ = ('x', 'y', '__dict__')
s = S([1,2])
s.x = ['x']; s.z = ['z']
print(s.__reduce_ex__(2))
d = pickle.loads(pickle.dumps(s, 2))
print(d, d.x, d.z)
class B(bytearray):
    __slots__ = ('x', 'y', '__dict__')
b = B(b'ab'); b.x = 1; b.z = 2
print(b.__reduce_ex__(2))
d = pickle.loads(pickle.dumps(b, 2))
print(d, d.x, d.z)
class F(frozenset):
    __slots__ = ("x", "__dict__")
f = F([3]); f.x = 5; f.w = 6
for proto in range(6):
    g = pickle.loads(pickle.dumps(f, proto))
    print(proto, g, g.x, g.w, type(g).__name__)
