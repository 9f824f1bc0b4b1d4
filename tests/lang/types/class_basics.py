# Defining classes, instances, attributes and methods.
class Point:
    """A point in the plane."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, -1)
print(q.x, q.y)
print(Point.dims, p.dims)
p.dims = 3
print(Point.dims, p.dims)
del p.dims
print(p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(Point) is type, isinstance(p, Point))
print(sorted(p.__dict__.items()))
p.__dict__['z'] = 9
print(p.z)
print(Point.norm2(p))
print(getattr(p, 'x'), getattr(p, 'missing', 'default'), hasattr(p, 'y'), hasattr(p, 'w'))
setattr(p, 'w', 10)
print(p.w)
delattr(p, 'w')
print(hasattr(p, 'w'))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)


class Empty:
    pass


e = Empty()
print(Empty.__doc__, Empty.__bases__, Empty.__base__)
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Empty(x=1)
except TypeError as e:
    print(type(e).__name__, e)
