# Assigning special methods to a class after it is created updates the slots.
class Num:
    def __init__(self, v):
        self.v = v


a, b = Num(1), Num(2)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
Num.__add__ = lambda self, other: Num(self.v + other.v)
print((a + b).v)
Num.__repr__ = lambda self: f"Num({self.v})"
print(a, [b])
Num.__eq__ = lambda self, other: self.v == other.v
print(a == Num(1), a != Num(1), Num.__hash__)
Num.__hash__ = lambda self: hash(self.v)
print(hash(a) == hash(1), len({Num(1), Num(1)}))
Num.__len__ = lambda self: self.v
print(len(b), bool(Num(0)))
Num.__bool__ = lambda self: True
print(bool(Num(0)))
Num.__getitem__ = lambda self, i: self.v * i
print(b[10])
Num.__call__ = lambda self, *args: ("called", args)
print(a(1, 2))
Num.__iter__ = lambda self: iter(range(self.v))
print(list(Num(3)))
Num.__lt__ = lambda self, other: self.v < other.v
print(sorted([Num(3), Num(1), Num(2)]))
Num.__neg__ = lambda self: Num(-self.v)
print(-a)
Num.__contains__ = lambda self, x: x == self.v
print(1 in a, 2 in a)


class Sub(Num):
    pass


s = Sub(5)
print(s + Sub(1), len(s))
Num.__add__ = lambda self, other: "changed in base"
print(s + s)
Sub.__add__ = lambda self, other: "overridden in sub"
print(s + s, a + a)
del Sub.__add__
print(s + s)
del Num.__add__
try:
    s + s
except TypeError as e:
    print(type(e).__name__, e)
del Num.__repr__
print(repr(a).startswith("<__main__.Num object"))
del Num.__len__
print(bool(Num(0)))
del Num.__bool__
print(bool(Num(0)))


class Getter:
    pass


g = Getter()
Getter.__getattr__ = lambda self, name: name * 2
print(g.ab)
Getter.__setattr__ = lambda self, name, value: print("set", name, value)
g.x = 1
print(hasattr(g, "__dict__") and "x" not in g.__dict__)
del Getter.__setattr__
g.x = 2
print(g.__dict__)
