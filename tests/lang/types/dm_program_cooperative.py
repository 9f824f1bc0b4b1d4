# Cooperative multiple inheritance, __slots__ hierarchies, context managers, reprs.
class Base:
    def __init__(self, **kw):
        if kw: print("leftover", sorted(kw))
        super().__init__()
    def describe(self): return ["Base"]
class Named(Base):
    def __init__(self, *, name, **kw):
        self.name = name; super().__init__(**kw)
    def describe(self): return ["Named(%s)" % self.name] + super().describe()
class Sized(Base):
    def __init__(self, *, size=0, **kw):
        self.size = size; super().__init__(**kw)
    def describe(self): return ["Sized(%d)" % self.size] + super().describe()
class Colored(Base):
    def __init__(self, *, color="none", **kw):
        self.color = color; super().__init__(**kw)
    def describe(self): return ["Colored(%s)" % self.color] + super().describe()
class Widget(Named, Sized, Colored):
    def describe(self): return ["Widget"] + super().describe()
print([c.__name__ for c in Widget.__mro__])
w = Widget(name="w", size=3, color="red")
print(w.describe(), vars(w))
Widget(name="x", extra=1)
try: Widget(size=1)
except TypeError as e: print("TypeError", e)
print(super(Named, w).describe(), super(Sized, w).describe())
print(Widget.describe.__qualname__, super(Widget, w).describe.__func__.__qualname__)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return "%s(%r, %r)" % (type(self).__name__, self.x, self.y)
    def __eq__(self, o): return type(o) is type(self) and (self.x, self.y) == (o.x, o.y)
    __hash__ = None
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z): super().__init__(x, y); self.z = z
    def __repr__(self): return "Point3(%r, %r, %r)" % (self.x, self.y, self.z)
class Tagged(Point):
    __slots__ = ("__dict__",)
p, q, t = Point(1, 2), Point3(1, 2, 3), Tagged(0, 0)
t.tag = "origin"
print(p, q, t, t.__dict__, Point.__slots__, Point3.__slots__, "__dict__" in dir(p))
print(p == Point(1, 2), p == q, p != q, Point.__hash__, hasattr(q, "__dict__"))
for obj, attr in [(p, "z"), (q, "w")]:
    try: setattr(obj, attr, 1)
    except AttributeError as e: print("AttributeError", e)
try: hash(p)
except TypeError as e: print("TypeError", e)
try: {q: 1}
except TypeError as e: print("TypeError", e)
del q.z
try: q.z
except AttributeError as e: print("AttributeError", e)
print([type(Point.__dict__[n]).__name__ for n in Point.__slots__])

class Resource:
    opened = []
    def __init__(self, name, fail=None): self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail == "enter": raise OSError("cannot open " + self.name)
        Resource.opened.append(self.name); return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("closing", self.name, et.__name__ if et else None)
        return self.fail == "swallow"
    def __repr__(self): return "<Resource %s>" % self.name
with Resource("a") as a, Resource("b", "swallow") as b:
    print("using", a, b, Resource.opened)
    raise ValueError("inside")
print("after with", Resource.opened)
try:
    with Resource("c"), Resource("d", "enter"):
        print("not reached")
except OSError as e: print("OSError", e, Resource.opened)

class Temperature:
    def __init__(self, c): self._c = c
    @property
    def celsius(self):
        "Temperature in degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
    def __repr__(self): return f"{type(self).__qualname__}({self._c})"
tt = Temperature(20)
tt.celsius = 25
print(tt, tt.fahrenheit, Temperature.celsius.__doc__)
try: tt.fahrenheit = 1
except AttributeError as e: print("AttributeError", e)
try: del tt.celsius
except AttributeError as e: print("AttributeError", e)
tt.celsius = -300
