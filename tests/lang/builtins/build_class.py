class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta, flag=1):
    x = 1
class Child(Base):
    y = 2
print(type(Child).__name__, Child.prepared, Child.x, Child.y)
class WithSuper:
    def who(self):
        return __class__.__name__
class Sub(WithSuper):
    def who(self):
        return 'Sub>' + super().who()
print(Sub().who())
class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
class D(Entries()):
    pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)
def err(*a, **k):
    try:
        __build_class__(*a, **k)
    except TypeError as e:
        print('TypeError:', e)
err()
err(1, 'X')
err(lambda: None, 5)
class BadPrepare(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 5
try:
    class Z(metaclass=BadPrepare): pass
except TypeError as e:
    print('TypeError:', e)
K = type('K', (object,), {'v': 9})
print(K.v, K.__name__, K.__module__)
def body():
    pass
print(type(__build_class__(lambda: None, 'Made')).__name__)
