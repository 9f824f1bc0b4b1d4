# An mro() that fails after a re-entrant __bases__ assignment: the undo
# keeps the MRO the inner assignment installed.
state = {"ready": False}
class E(Exception):
    pass
class M(type):
    def __repr__(cls):
        return cls.__name__
    def mro(cls):
        if state["ready"] and cls.__name__ == 'C':
            if C.__bases__ == (B2,):
                state["ready"] = False
            else:
                C.__bases__ = (B2,)
                raise E
        return type.mro(cls)
class A(metaclass=M):
    pass
class B1(A):
    pass
class B2(A):
    pass
class C(A):
    pass
state["ready"] = True
try:
    C.__bases__ = (B1,)
except E:
    print("E raised")
B1.__bases__ = (C,)
print(C.__bases__, C.__mro__, C.__mro__ == tuple(type.mro(C)))
print(B1.__mro__, B2.__subclasses__(), A.__subclasses__())
