# __new__ versus __init__: immutable subclasses, singletons and caching.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"{float(self):.1f}°C"


t = Celsius(21.5)
print(t, t + 1, isinstance(t, float), type(t + 1).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper("shout")
print(u, len(u), u.lower(), type(u).__name__, type(u.lower()).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point{tuple(self)}"


p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)))


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("__init__ runs every time")


s1 = Singleton()
s2 = Singleton()
print(s1 is s2)


class Interned:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]


print(Interned("a") is Interned("a"), Interned("a") is Interned("b"))


class NotAnInstance:
    def __new__(cls):
        return "a string"

    def __init__(self):
        print("never called")


print(NotAnInstance())


class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)


print(Even(7), Even(8) + 1, type(Even(3)).__name__, Even(5) == 4)
print(int.__new__(Even, 9), type(int.__new__(Even, 9)).__name__)


class Base:
    def __new__(cls, *args, **kwargs):
        print("Base.__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        print("Base.__init__", args, kwargs)


class Derived(Base):
    def __init__(self, a, b=0):
        print("Derived.__init__", a, b)
        super().__init__(a)


Derived(1, b=2)
