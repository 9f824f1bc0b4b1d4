# Class decorators and functions that build classes.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({args})"

    cls.__repr__ = __repr__
    return cls


def add_init(cls):
    fields = cls.fields

    def __init__(self, *values):
        if len(values) != len(fields):
            raise TypeError(f"{cls.__name__} expects {len(fields)} values, got {len(values)}")
        for f, v in zip(fields, values):
            setattr(self, f, v)

    cls.__init__ = __init__
    return cls


def add_eq(cls):
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in cls.fields)

    cls.__eq__ = __eq__
    cls.__hash__ = lambda self: hash(tuple(getattr(self, f) for f in cls.fields))
    return cls


@register
@add_eq
@add_repr
@add_init
class Point:
    fields = ("x", "y")


@register
@add_repr
@add_init
class Person:
    fields = ("name", "age")


p = Point(1, 2)
print(p, Person("Ann", 30), p == Point(1, 2), p != Point(2, 1), p == "x")
print(sorted(registry), len({Point(1, 2), Point(1, 2)}))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__repr__.__qualname__, Point.__init__.__name__)


def make_class(name, **methods):
    return type(name, (), methods)


Dog = make_class("Dog", speak=lambda self: "woof", legs=4)
print(Dog().speak(), Dog.legs, Dog.__name__, Dog.__qualname__)


def singleton(cls):
    instance = cls()
    return lambda: instance


@singleton
class Config:
    debug = False


print(Config() is Config(), type(Config()).__name__)


def counted(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.count = getattr(cls, "count", 0) + 1
        original_init(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


@counted
class Widget:
    def __init__(self, label):
        self.label = label


Widget("a"); Widget("b")
print(Widget.count, Widget("c").label, Widget.count)
