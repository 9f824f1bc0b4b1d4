# A slot may be named __classcell__: the zero-argument super() cell leaves
# the class namespace before slots become member descriptors.
import types


class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)


class C1:
    def __init__(self):
        self.b = 42


class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]

    def __init__(self):
        super().__init__()


print(isinstance(C2.__dict__["__classcell__"], types.MemberDescriptorType))
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
try:
    class C3:
        __classcell__ = 42
except TypeError as e:
    print("TypeError:", e)
