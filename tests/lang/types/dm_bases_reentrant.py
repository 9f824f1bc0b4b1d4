# __bases__ assigned again from inside a custom mro() while an assignment
# is in progress: cycles through tp_base are refused, and the inner
# assignment's result is the one kept, with consistent __subclasses__.
state = {"ready": False}


class M(type):
    def __repr__(cls):
        return cls.__name__

    def mro(cls):
        if state["ready"]:
            if cls.__name__ == "B1":
                B2.__bases__ = (B1,)
            if cls.__name__ == "B2":
                B1.__bases__ = (B2,)
        return type.mro(cls)


class A(metaclass=M):
    pass


class B1(A):
    pass


class B2(A):
    pass


state["ready"] = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError:", e)
state["ready"] = False
print(B1.__bases__, B2.__bases__, B1.__mro__, B2.__mro__)


class M2(type):
    def __repr__(cls):
        return cls.__name__

    def mro(cls):
        if state["ready"] and cls.__name__ == "C":
            state["ready"] = False
            C.__bases__ = (D2,)
        return type.mro(cls)


class A2(metaclass=M2):
    pass


class D1(A2):
    pass


class D2(A2):
    pass


class C(A2):
    pass


state["ready"] = True
C.__bases__ = (D1,)
D1.__bases__ = (C,)
print(C.__bases__, D2.__subclasses__(), D1.__subclasses__())
print(D1.__bases__, C.__subclasses__(), D1.__mro__)
