# __set_name__, __init_subclass__ keywords, metaclass __call__,
# __mro_entries__, descriptors, __class_getitem__ on user classes.


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        setattr(obj, self.attr, value)

    def __delete__(self, obj):
        delattr(obj, self.attr)


class Point:
    x = Field()
    y = Field()


p = Point()
print(Point.x.owner, Point.x.name, Point.y.attr, p.x)
p.x = 3
print(p.x, p.__dict__)
try:
    p.y = "a"
except TypeError as e:
    print(type(e).__name__, e)
del p.x
print(p.x)


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        Plugin.registry[key] = cls.__name__


class Csv(Plugin, key="csv"):
    pass


class Json(Plugin, key="json"):
    pass


print(sorted(Plugin.registry.items()), Csv.key)
try:
    class Bad(Plugin, key="b", extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v


a = Config(1)
b = Config(2)
print(a is b, b.v, type(Config).__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}


class WithMeta(metaclass=Meta, flag=1):
    pass


print(WithMeta.made_by, WithMeta.prepared, WithMeta.kw)


class Proxy:
    def __mro_entries__(self, bases):
        return (dict,)


class D(Proxy(), list.__class__.__base__ if False else object):
    pass


print(D.__bases__, D.__orig_bases__[1])


class Typed:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class SubTyped(Typed):
    pass


print(Typed[int], SubTyped[str, bytes])


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in vars(c))


class Err(ValueError):
    pass


try:
    raise Err("boom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception), issubclass(Err, BaseException))
