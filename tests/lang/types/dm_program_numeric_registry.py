# A user-style program: vectors, fractions, a registry metaclass, validated fields.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __eq__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o):
        if isinstance(o, Vector): return Vector(self.x + o.x, self.y + o.y)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Vector(-self.x, -self.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector): return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.y - self.y * o.x
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v - w, v * 3, 3 * v, v * w, v @ w, abs(w), -v, bool(Vector(0, 0)))
print(list(v), v[1], v[-1], f"{w:.2f}", {v, Vector(1, 2)}, sum([v, w], Vector(0, 0)))
try: v + 1
except TypeError as e: print("TypeError", e)
try: "a" * v
except TypeError as e: print("TypeError", e)
try: v.z = 3
except AttributeError as e: print("AttributeError", e)
try: v[2]
except IndexError as e: print("IndexError", e)
x, y = v; print(x, y)
v += w; print(v)
v *= 2; print(v)

def gcd(a, b):
    while b: a, b = b, a % b
    return a
class Frac:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError(f"Frac({n}, 0)")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return Frac(o)
        return None
    def _op(f):
        def fwd(self, o):
            o = Frac._coerce(o)
            return NotImplemented if o is None else f(self, o)
        def rev(self, o):
            o = Frac._coerce(o)
            return NotImplemented if o is None else f(o, self)
        fwd.__name__ = f.__name__
        return fwd, rev
    __add__, __radd__ = _op(lambda a, b: Frac(a.n * b.d + b.n * a.d, a.d * b.d))
    __sub__, __rsub__ = _op(lambda a, b: Frac(a.n * b.d - b.n * a.d, a.d * b.d))
    __mul__, __rmul__ = _op(lambda a, b: Frac(a.n * b.n, a.d * b.d))
    __truediv__, __rtruediv__ = _op(lambda a, b: Frac(a.n * b.d, a.d * b.n))
    def __eq__(self, o):
        o = Frac._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Frac._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __round__(self, nd=None): return round(float(self), nd)
    def __index__(self):
        if self.d != 1: raise TypeError(f"{self} is not integral")
        return self.n
    del _op
h = Frac(1, 2); t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 / t, h == Frac(2, 4), h < t, sorted([h, t, Frac(0)]))
print(float(t), int(Frac(7, 2)), round(Frac(7, 3), 2), round(Frac(7, 2)), [0, 1, 2, 3][Frac(4, 2)])
print(str(Frac(4, 2)), repr(Frac(-3, -6)), max(h, t), Frac(1, 2) in {h}, Frac.__add__.__name__)
try: [1, 2][h]
except TypeError as e: print("TypeError", e)
try: h < "x"
except TypeError as e: print("TypeError", e)
try: h / 0
except ZeroDivisionError as e: print("ZeroDivisionError", e)

class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns, *, key=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if key is not None:
            if key in mcls.registry:
                raise KeyError(f"duplicate key {key!r}")
            mcls.registry[key] = cls
        return cls
    def __repr__(cls): return f"<plugin {cls.__name__}>"
    def __iter__(cls): return iter(sorted(cls.registry))
    def __len__(cls): return len(cls.registry)
    def __getitem__(cls, k): return cls.registry[k]
    def __contains__(cls, k): return k in cls.registry
class Plugin(metaclass=Registry):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.initialised = True
class Json(Plugin, key="json"): pass
class Yaml(Plugin, key="yaml"): pass
print(list(Plugin), len(Plugin), Plugin["json"], "yaml" in Plugin, Json.initialised, type(Json))
try:
    class Json2(Plugin, key="json"): pass
except KeyError as e: print("KeyError", e)
try: Plugin["toml"]
except KeyError as e: print("KeyError", e)

class Field:
    def __init__(self, kind, *, positive=False):
        self.kind, self.positive = kind, positive
    def __set_name__(self, owner, name):
        self.name = name; self.store = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        try: return getattr(obj, self.store)
        except AttributeError:
            raise AttributeError(f"{owner.__name__}.{self.name} is not set") from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.positive and value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value!r}")
        setattr(obj, self.store, value)
    def __delete__(self, obj):
        delattr(obj, self.store)
    def __repr__(self): return f"Field({self.name})"
class Item:
    name = Field(str)
    qty = Field(int, positive=True)
    def __init__(self, name, qty): self.name = name; self.qty = qty
    def __repr__(self): return f"Item({self.name!r}, {self.qty!r})"
it = Item("bolt", 3); print(it, Item.qty, vars(it))
for bad in [("nut", 0), ("nut", "x"), (5, 1)]:
    try: Item(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
del it.qty
try: it.qty
except AttributeError as e: print("AttributeError", e)
it.qty = 9; print(it)
Item("washer", -1)
