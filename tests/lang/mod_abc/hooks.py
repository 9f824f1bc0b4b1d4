import abc, collections.abc as cabc

calls = []
class H(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if C.__name__.startswith("yes"): return True
        if C.__name__.startswith("no"): return False
        return NotImplemented

yes1 = type("yes1", (), {})
no1 = type("no1", (), {})
other = type("other", (), {})
print(issubclass(yes1, H), issubclass(no1, H), issubclass(other, H))
print(issubclass(yes1, H), issubclass(no1, H), issubclass(other, H))
print(calls)  # the second round is answered from the caches

# a hook returning something else
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError", e)

# a hook raising
class Raising(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        raise KeyError("hook")
try:
    issubclass(int, Raising)
except KeyError as e:
    print("KeyError", e)

# structural checks of collections.abc
class Sz:
    def __len__(self): return 0
class NotSz:
    __len__ = None
print(issubclass(Sz, cabc.Sized), issubclass(NotSz, cabc.Sized), isinstance(Sz(), cabc.Sized))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(issubclass(It, cabc.Iterator), issubclass(It, cabc.Iterable), issubclass(It, cabc.Sized))

# __class__ that lies: either the claimed class or the real type counts
class Proxy:
    @property
    def __class__(self): return list
p = Proxy()
print(isinstance(p, cabc.Sequence), isinstance(p, Proxy), type(p).__name__)

class Hidden:
    def __len__(self): return 0
class Liar:
    __class__ = int
    def __len__(self): return 1
print(isinstance(Liar(), cabc.Sized), isinstance(Liar(), cabc.Hashable))

# __subclasses__ recursion: a subclass of an ABC with its own registry
class Root(abc.ABC): pass
class Mid(Root): pass
class Far: pass
Mid.register(Far)
print(issubclass(Far, Root), isinstance(Far(), Root))

# __instancecheck__/__subclasscheck__ overridden on a metaclass still reach the C helpers
class Meta(abc.ABCMeta):
    def __subclasscheck__(cls, sub):
        r = super().__subclasscheck__(sub)
        print("check", sub.__name__, r)
        return r
class M(metaclass=Meta): pass
class Mm: pass
M.register(Mm)
print(isinstance(Mm(), M))
print(isinstance(1, M))
