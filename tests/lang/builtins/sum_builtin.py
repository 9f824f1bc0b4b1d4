print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([1, 2], 10), sum([[1], [2], [3]], []), sum(((1,), (2,)), ()), sum([1, 2], start=5))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum(x * x for x in range(10)))
print(sum([1.5, 2, 3**40]), sum([1, 1.0, 1j]))
from math import fsum
print(sum([0.1] * 10) == 1.0, fsum([0.1] * 10) == 1.0)
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __repr__(self): return f'Vec({self.x}, {self.y})'
print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
def err(*a, **k):
    try:
        print(sum(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(['a', 'b'], '')
err([b'a'], b'')
err([bytearray()], bytearray())
err([1, 'a'])
err(5)
err()
err([1], 2, 3)
err([1], 2, start=3)
