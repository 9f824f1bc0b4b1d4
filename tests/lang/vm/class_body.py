class Animal:
    kind = "animal"
    sounds = []
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s the %s" % (self.name, self.kind)
    count = len(sounds)

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " says woof"

print(Animal("generic").speak())
print(Dog("rex").speak())
print(Dog.__mro__[1].__name__, Dog.__qualname__, Dog.speak.__qualname__)

def make_class(value):
    class Inner:
        attr = value
        def get(self):
            return value
        doubled = [value * 2]
    return Inner

K = make_class(21)
print(K.attr, K().get(), K.doubled, K.__qualname__)

def class_deref():
    x = "enclosing"
    class C:
        y = x
        def m(self):
            return x
    x = "rebound"
    return C.y, C().m()

print(class_deref())

class Annotated:
    a: int
    b: str = "default"
    def method(self) -> None: pass

print(Annotated.__annotations__, Annotated.b)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        ns["kwargs"] = kw
        return super().__new__(mcls, name, bases, ns)

class WithMeta(metaclass=Meta, flag=True):
    pass

print(WithMeta.created_by, WithMeta.kwargs, type(WithMeta).__name__)

class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
    @classmethod
    def how_many(cls):
        return cls.total
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def double_total(self):
        return self.total * 2

for _ in range(3):
    Counter()
print(Counter.how_many(), Counter.helper(4), Counter().double_total)

class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)

class Local:
    items = [i for i in range(3)]
    names = {n: n.upper() for n in "ab"}
print(Local.items, Local.names)
print(sorted(k for k in vars(Animal) if not k.startswith("__")))
