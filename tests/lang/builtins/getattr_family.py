class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(getattr(p, 'x'), getattr(p, 'dims'), getattr(p, 'z', 'default'), getattr(p, 'z', None))
print(hasattr(p, 'x'), hasattr(p, 'z'), hasattr(Point, 'dims'), hasattr(p, '__init__'))
setattr(p, 'z', 3)
print(p.z, vars(p))
delattr(p, 'z')
print(hasattr(p, 'z'), sorted(vars(p)))
def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(getattr, p, 'nope')
err(getattr, p, 5)
err(getattr, p)
err(getattr, p, 'a', 'b', 'c')
err(hasattr, p, 5)
err(setattr, 1, 'x', 2)
err(delattr, p, 'nope')
err(setattr, p)
class Computed:
    def __getattr__(self, name):
        if name.startswith('get_'):
            return name[4:]
        raise AttributeError(name)
c = Computed()
print(getattr(c, 'get_value'), hasattr(c, 'other'), getattr(c, 'other', 'fallback'))
class Exploding:
    @property
    def boom(self):
        raise ValueError('boom')
err(hasattr, Exploding(), 'boom')
err(getattr, Exploding(), 'boom', 1)
