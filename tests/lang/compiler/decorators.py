# Decorators: order of application, with arguments, on classes.
def trace(label):
    print('making', label)
    def deco(fn):
        print('decorating', fn.__name__, 'with', label)
        def wrapper(*a, **k):
            return '%s(%s)' % (label, fn(*a, **k))
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@trace('outer')
@trace('inner')
def greet(who):
    return 'hi ' + who
print(greet('you'))

def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)

class Shape:
    def __init__(self, r):
        self._r = r
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, v):
        self._r = v * 2
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return cls.__name__
sh = Shape(1)
sh.r = 5
print(sh.r, Shape.s(), Shape.c())
registry = []
@registry.append
def f1(): pass
print(len(registry), registry[0].__name__)
@(lambda fn: fn.__name__.upper())
def named(): pass
print(named)
def deco_lineno(fn):
    return fn.__code__.co_firstlineno
@deco_lineno
def here():
    pass
print(here)
