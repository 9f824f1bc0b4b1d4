def f(): pass
class C:
    def m(self): pass
class D:
    def __call__(self): return 'called'
print(callable(f), callable(C), callable(C().m), callable(D()), callable(1), callable('s'),
      callable(len), callable(None), callable(lambda: 0))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(hash(1.5), hash(-0.0), hash(float('inf')), hash(float('-inf')))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
class H:
    def __hash__(self): return 12345
print(hash(H()))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
class Eq:
    def __eq__(self, o): return True
try:
    hash(Eq())
except TypeError as e:
    print('TypeError', e)
