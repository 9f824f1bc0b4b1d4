def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# __instancecheck__ / __subclasscheck__ registry pattern without abc
class RegistryMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._registered = set()
        return cls
    def register(cls, sub):
        cls._registered.add(sub)
        return sub
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if type.__subclasscheck__(cls, sub):
            return True
        return any(issubclass(sub, r) for r in cls._registered)
class Sized(metaclass=RegistryMeta): pass
Sized.register(list)
Sized.register(str)
t(lambda: isinstance([], Sized))
t(lambda: isinstance("", Sized))
t(lambda: isinstance(1, Sized))
t(lambda: issubclass(bool, Sized))
t(lambda: issubclass(list, Sized))
class MyList(list): pass
t(lambda: issubclass(MyList, Sized))
t(lambda: isinstance(MyList(), (int, Sized)))
class Sub(Sized): pass
t(lambda: isinstance(Sub(), Sized))
t(lambda: isinstance([], Sub))
t(lambda: issubclass(1, Sized))
t(lambda: isinstance(Sized, type))
t(lambda: isinstance(Sized, RegistryMeta))
t(lambda: type.__instancecheck__(Sized, []))
t(lambda: type.__subclasscheck__(Sized, list))
# exact type fast path: isinstance(x, type(x)) doesn't call __instancecheck__
class Loud(type):
    def __instancecheck__(cls, inst): print("called"); return False
class L(metaclass=Loud): pass
t(lambda: isinstance(L(), L))
t(lambda: isinstance(1, L))
t(lambda: isinstance(L(), (int, L)))
# __class__ override affects isinstance
class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
    def __getattr__(self, n): return getattr(self._t, n)
p = Proxy([1, 2])
t(lambda: isinstance(p, list))
t(lambda: isinstance(p, Proxy))
t(lambda: type(p).__name__)
t(lambda: p.__class__)
t(lambda: p.count(1))
t(lambda: issubclass(Proxy, list))
# __bases__ override for issubclass with non-type
class FakeBase:
    @property
    def __bases__(self): return (int,)
t(lambda: issubclass(FakeBase(), int))
t(lambda: issubclass(FakeBase(), FakeBase()))
