# isinstance/issubclass with tuples, metaclass hooks and virtual subclasses.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass


d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, object))
print(isinstance(d, (Cat, int)), isinstance(d, (Cat, (int, Dog))), isinstance(d, ()))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (Cat, Animal)))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool), isinstance(int, type))


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(d, Duck), issubclass(Robot, Duck), issubclass(Dog, Duck))
print(isinstance(Robot(), (int, Duck)))


class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._registry = set()
        return cls

    def register(cls, sub):
        cls._registry.add(sub)
        return sub

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        return any(issubclass(sub, r) for r in cls._registry) or type.__subclasscheck__(cls, sub)


class Sized(metaclass=Registry):
    pass


Sized.register(list)
print(isinstance([], Sized), isinstance((), Sized), issubclass(list, Sized))


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


p = Proxy(d)
print(isinstance(p, Dog), isinstance(p, Proxy), type(p).__name__)


class FakeClass:
    __bases__ = (Animal,)


print(issubclass(FakeClass(), Animal))
for args in ((1, 1), (d, "x"), (d, (int, "x"))):
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in ((1, int), (Dog, 1), (Dog, (int, 1))):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(type.__instancecheck__(Dog, d), type.__subclasscheck__(Animal, Cat))
print(Animal.__subclasses__())
