# Caches for globals, builtins, attributes and methods must notice every
# change made after a warm-up loop.

counter = 10

def read_counter():
    return counter

def use_len(x):
    return len(x)

results = []
for i in range(50):
    results.append(read_counter())
counter = 20
results.append(read_counter())
del counter
try:
    read_counter()
except NameError as e:
    print("NameError", e)
counter = 30
print(results[0], results[-1], read_counter())

# builtins shadowed by a global later, then unshadowed
for i in range(40):
    use_len("abcd")
len = lambda x: -1
print(use_len("abcd"))
del len
print(use_len("abcd"))

# many globals added later (globals dict resizes)
for i in range(100):
    globals()["g%d" % i] = i
print(use_len([1, 2, 3]), read_counter(), g99)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

def total(points):
    s = 0
    for p in points:
        s += p.x + p.norm1()
    return s

pts = [Point(i, -i) for i in range(20)]
print(total(pts))
# method replaced on the class after warm-up
Point.norm1 = lambda self: 1000
print(total(pts))
# instance attribute shadows the method
pts[3].norm1 = lambda: -1000000
print(total(pts))
# class attribute (data descriptor) added after warm-up
Point.x = property(lambda self: 7)
print(total(pts))
del Point.x
print(total(pts))
# attribute deleted from one instance
del pts[5].x
try:
    total(pts)
except AttributeError as e:
    print("AttributeError", e)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
    def get(self):
        return self.a

def sum_slots(objs):
    return sum(o.a for o in objs)

objs = [Slotted(i) for i in range(30)]
print(sum_slots(objs))
del objs[4].a
try:
    sum_slots(objs)
except AttributeError as e:
    print("AttributeError", e)
try:
    objs[0].b
except AttributeError as e:
    print("AttributeError", e)

class Base:
    def who(self):
        return "base"
class Child(Base):
    pass
def ask(o):
    return o.who()
c = Child()
print([ask(c) for i in range(5)][-1])
Base.who = lambda self: "patched base"
print(ask(c))
Child.who = lambda self: "child"
print(ask(c), ask(Base()))
# a __getattr__ added later: only used for missing attributes
class Lazy:
    def __init__(self):
        self.v = 1
def get_v(o):
    return o.v
lz = Lazy()
for i in range(20):
    get_v(lz)
Lazy.__getattribute__ = lambda self, name: "intercepted " + name
print(get_v(lz))
del Lazy.__getattribute__
print(get_v(lz))
# switching the object's class
class A:
    def f(self):
        return "A.f"
class B:
    def f(self):
        return "B.f"
o = A()
out = []
for i in range(6):
    out.append(o.f())
    o.__class__ = B if i % 2 == 0 else A
print(out)
