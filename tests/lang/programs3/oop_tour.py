from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from abc import ABC, abstractmethod
import functools

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = self.price * self.qty

@dataclass(frozen=True, slots=True)
class Pt:
    x: int
    y: int = 0

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    secret: InitVar[int] = 0
    def __post_init__(self, secret):
        self.hidden = secret

items = [Item("pen", 1.5, 10), Item("book", 12.0, 1, ["paper"]), Item("cup", 4.0, 3)]
print(sorted(items))
print(asdict(items[1]), astuple(items[0]))
print(replace(items[0], qty=2))
print([f.name for f in fields(Item)])
p = Pt(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen", e)
print(p, hash(p) == hash(Pt(1, 2)), p == Pt(1, 2), Pt.__slots__)
n = Node(1, [Node(2), Node(3, [Node(4)])], secret=7)
print(n, n.hidden)
print(Item.__eq__.__qualname__, Item.__lt__.__qualname__)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RW = R | W
class Prio(IntEnum):
    LOW = 10; HIGH = 20
class Mode(str, Enum):
    FAST = "fast"; SLOW = "slow"
print(Color.RED, repr(Color.CRIMSON), Color(2), Color["BLUE"], list(Color), Color.RED.name, Color.RED.value)
print(Perm.R | Perm.X, repr(Perm.R | Perm.W), Perm.RW, Perm(7), Perm(0), list(Perm), Perm.W in Perm.RW, ~Perm.R)
print(Prio.LOW < Prio.HIGH, Prio.LOW + 5, sorted([Prio.HIGH, Prio.LOW]), repr(Prio.HIGH), f"{Prio.HIGH}", str(Prio.LOW))
print(Mode.FAST, repr(Mode.FAST), Mode("slow"), Mode.FAST == "fast", f"{Mode.FAST}", Mode.FAST.upper())
print(IntFlag(5), repr(IntFlag(3)))
class F(IntFlag):
    A = 1; B = 2; C = 4
print(F.A | F.C, repr(F(7)), F(8) if False else F(3), str(F.A|F.B), format(F.B), F.A + 1)
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    @unique
    class D(Enum):
        A = 1; B = 1
except ValueError as e:
    print(e)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
print([Sq(2), Sq(1.5)], {"k": (Sq(3),)})

class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag="a"): pass
class B(A): pass
print(Registry.subclasses, A.tag, B.tag)

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Acct:
    balance = Typed()
    def __init__(self, b): self.balance = b
    @property
    def doubled(self): return self.balance * 2
    @doubled.setter
    def doubled(self, v): self.balance = v // 2
a = Acct(10); a.doubled = 50
print(a.balance, a.doubled, Acct.balance.name)
try:
    a.balance = "x"
except TypeError as e:
    print(e)

@functools.total_ordering
class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return abs(self) < abs(o)
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __repr__(self): return f"V{self.c}"
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    __hash__ = None
print(V(1, 2) + V(3, 4), 3 * V(1, 1), V(1, 0) <= V(0, 2), V(3, 4) >= V(1, 1), bool(V(0, 0)), list(V(5, 6)), V(1,2)[1])
try:
    hash(V(1))
except TypeError as e:
    print(e)
print(Sq.__mro__, B.__mro__)
