class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")
    def describe(self):
        return "base"
class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
    def describe(self):
        return f"named {self.name} / " + super().describe()
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
    def describe(self):
        return f"aged {self.age} / " + super().describe()
class Person(Named, Aged):
    def describe(self):
        return "person: " + super().describe()
p = Person(name="ann", age=5)
print(p.log, p.describe(), [c.__name__ for c in Person.__mro__])
try:
    Person(name="x", color="red")
except TypeError as e:
    print(e)
class Temp:
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @staticmethod
    def convert(c):
        return Temp(c).fahrenheit
    @classmethod
    def from_f(cls, f):
        t = cls(0)
        t.fahrenheit = f
        return t
class Kelvin(Temp):
    @property
    def fahrenheit(self):
        return round(super().fahrenheit, 1)
t = Temp.from_f(212)
print(t.celsius, Temp.convert(37), Kelvin(36.6).fahrenheit, type(Temp.from_f(50)).__name__)
try:
    Kelvin(1).fahrenheit = 3
except AttributeError as e:
    print(e)
class Tracked:
    instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("del", self.v)
a = Tracked(1); b = Tracked(2)
del a
print("instances", Tracked.instances)
b = None
class Lazy:
    def __getattr__(self, n):
        if n.startswith("_"):
            raise AttributeError(n)
        v = n.upper()
        setattr(self, n, v)
        return v
l = Lazy()
print(l.foo, l.__dict__, getattr(l, "bar"), hasattr(l, "_x"))
class Audit:
    def __setattr__(self, n, v):
        print(f"set {n}={v!r}")
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print(f"del {n}")
        super().__delattr__(n)
au = Audit(); au.x = 1; au.x += 1; del au.x
try:
    del au.y
except AttributeError as e:
    print(e)
class Money:
    __slots__ = ("amount", "cur")
    def __init__(self, amount, cur="USD"):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return (self.amount, self.cur) == (o.amount, o.cur)
    def __hash__(self):
        return hash((self.amount, self.cur))
    def __add__(self, o):
        if o == 0:
            return self
        if self.cur != o.cur:
            raise ValueError(f"currency mismatch: {self.cur} != {o.cur}")
        return Money(self.amount + o.amount, self.cur)
    __radd__ = __add__
    def __format__(self, spec):
        return format(self.amount, spec) + " " + self.cur
print(sum([Money(1.5), Money(2.25)]), {Money(1), Money(1.0)}, f"{Money(3):>8.1f}")
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print(e)
try:
    Money(1).extra = 1
except AttributeError as e:
    print(e)
print(Money.__slots__, hasattr(Money(1), "__dict__"), Money.amount)
class Meta(type):
    def __len__(cls):
        return len(cls.items)
    def __iter__(cls):
        return iter(cls.items)
    def __getitem__(cls, k):
        return cls.items[k]
class Colors(metaclass=Meta):
    items = ["red", "green", "blue"]
print(len(Colors), list(Colors), Colors[1], "red" in Colors)
print(isinstance(p, Named), issubclass(Person, (int, Aged)), Person.__bases__, Person.__name__, Person.__qualname__, Person.describe.__qualname__)
print(p.__class__.__name__, type(p).__module__, vars(Temp(1)), dir(Temp(1))[-3:])
