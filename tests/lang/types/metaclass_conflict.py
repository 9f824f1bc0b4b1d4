# Metaclass calculation: the most derived metaclass wins, unrelated ones conflict.
class MetaA(type):
    pass


class MetaB(type):
    pass


class MetaAB(MetaA, MetaB):
    pass


class A(metaclass=MetaA):
    pass


class B(metaclass=MetaB):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class D(A, B, metaclass=MetaAB):
    pass


print(type(D).__name__)


class SubMetaA(MetaA):
    pass


class E(A, metaclass=type):
    pass


print(type(E).__name__)


class F(metaclass=SubMetaA):
    pass


class G(A, F):
    pass


print(type(G).__name__)


class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}

    def __new__(mcls, name, bases, ns, **kw):
        print("ns keys", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class H(metaclass=Prepared, option=True):
    x = 2


print(H.injected, H.x)
print(type.__prepare__("x", ()), type(type.__prepare__()))


def function_metaclass(name, bases, ns):
    return f"not a class: {name} {sorted(k for k in ns if not k.startswith('__'))}"


class I(metaclass=function_metaclass):
    y = 1


print(I)
