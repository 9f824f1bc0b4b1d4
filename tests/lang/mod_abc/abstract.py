import abc

class A(abc.ABC):
    @abc.abstractmethod
    def b(self): pass
    @abc.abstractmethod
    def a(self): pass
    @property
    @abc.abstractmethod
    def p(self): pass
    @classmethod
    @abc.abstractmethod
    def c(cls): pass
    @staticmethod
    @abc.abstractmethod
    def s(): pass
    def concrete(self): pass

print(sorted(A.__abstractmethods__), type(A.__abstractmethods__).__name__)
try:
    A()
except TypeError as e:
    print(e)

class B(A):
    def a(self): return 1
    c = classmethod(lambda cls: 2)
print(sorted(B.__abstractmethods__))

class C(B):
    def b(self): pass
    p = 3
    s = 4
print(sorted(C.__abstractmethods__))
print(type(C()).__name__)

class OneLeft(C):
    a = abc.abstractmethod(lambda self: 0)
try:
    OneLeft()
except TypeError as e:
    print(e)

# descriptors that say they are abstract
class Desc:
    __isabstractmethod__ = True
    def __get__(self, obj, cls): return self
class D(abc.ABC):
    x = Desc()
print(sorted(D.__abstractmethods__))
class NotReally:
    @property
    def __isabstractmethod__(self): return False
class E(abc.ABC):
    y = NotReally()
print(sorted(E.__abstractmethods__))
E()

class Raises:
    @property
    def __isabstractmethod__(self): raise ValueError("boom")
try:
    class F(abc.ABC):
        z = Raises()
except ValueError as e:
    print("ValueError", e)

# a base name missing from the subclass entirely (deleted) is skipped
class G(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
class H(G):
    pass
print(sorted(H.__abstractmethods__))

# update_abstractmethods recomputes
class I(G):
    pass
I.m = lambda self: 5
abc.update_abstractmethods(I)
print(sorted(I.__abstractmethods__), I().m())

# ABCMeta with a custom __dict__ ordering / non-function attributes
class J(metaclass=abc.ABCMeta):
    x = 1
    y = [1]
print(J.__abstractmethods__ == frozenset(), J._abc_impl.__class__.__name__, type(J._abc_impl).__module__)
