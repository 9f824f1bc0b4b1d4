# super(type, obj) and super(type, type2), including skipping classes in the MRO.
class A:
    def name(self):
        return "A"

    @classmethod
    def kind(cls):
        return f"A.kind({cls.__name__})"


class B(A):
    def name(self):
        return "B"


class C(B):
    def name(self):
        return "C"


c = C()
print(super(C, c).name(), super(B, c).name())
print(super(C, C).kind(), super(B, C).kind())
print(super(C, C).name(c))
s = super(B, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
u = super(C)
print(u.__self__, u.__self_class__)
print(repr(u))
print(repr(super(C, c)).split(",")[0])
try:
    super(C, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, c).missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(A, c).name()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(A, c).__class__ is super)
print(super(C, c).__init__ is not None)


class Meta(type):
    def describe(cls):
        return f"Meta.describe({cls.__name__})"


class M(metaclass=Meta):
    pass


class SubMeta(Meta):
    def describe(cls):
        return "SubMeta+" + super().describe()


class N(metaclass=SubMeta):
    pass


print(N.describe())
