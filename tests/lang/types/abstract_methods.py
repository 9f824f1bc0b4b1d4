# __abstractmethods__ and the abstract-class instantiation check.
class Shape:
    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError


Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


Square.__abstractmethods__ = frozenset({"perimeter"})
try:
    Square(2)
except TypeError as e:
    print(type(e).__name__, e)
Square.__abstractmethods__ = frozenset()
print(Square(3).area())
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
try:
    object.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


try:
    Plain.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
Plain.__abstractmethods__ = ["x"]
try:
    Plain()
except TypeError as e:
    print(type(e).__name__, e)
del Plain.__abstractmethods__
print(type(Plain()).__name__)


def abstract(f):
    f.__isabstractmethod__ = True
    return f


class Base:
    @abstract
    def run(self):
        pass

    @property
    @abstract
    def name(self):
        pass

    @classmethod
    @abstract
    def make(cls):
        pass

    def concrete(self):
        return 1


names = sorted(k for k, v in vars(Base).items() if getattr(v, "__isabstractmethod__", False))
print(names)
Base.__abstractmethods__ = frozenset(names)
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
print(Base.__dict__["name"].__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__)
print(staticmethod(abstract(lambda: 0)).__isabstractmethod__, property().__isabstractmethod__)


class WithNew:
    def __new__(cls):
        return super().__new__(cls)


WithNew.__abstractmethods__ = frozenset({"m"})
try:
    WithNew()
except TypeError as e:
    print(type(e).__name__, e)
