# __getattr__: called only when normal lookup fails.
class Config:
    def __init__(self, **values):
        self._values = values
        self.loaded = True

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None


c = Config(debug=True, level=3)
print(c.debug, c.level, c.loaded)
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, "missing", "fallback"))
print(hasattr(c, "level"), hasattr(c, "nothing"))


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)


class Lazy:
    def __getattr__(self, name):
        value = name.upper()
        setattr(self, name, value)
        print("  computed", name)
        return value


z = Lazy()
print(z.abc, z.abc, vars(z))


class PropertyFails:
    @property
    def value(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"__getattr__ caught {name}"


print(PropertyFails().value)


class Dynamic:
    pass


d = Dynamic()
Dynamic.__getattr__ = lambda self, name: f"added later: {name}"
print(d.anything)
del Dynamic.__getattr__
try:
    d.anything
except AttributeError as e:
    print(type(e).__name__, e)
