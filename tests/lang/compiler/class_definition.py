# Class creation: bases, keywords, metaclasses, __qualname__, __module__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
class B(A, flag=True):
    def m(self):
        return 'B.m'
print(B.__module__, B.__qualname__, B().m(), B.__mro__[1].__name__)
bases = (int,)
class I(*bases):
    pass
print(I(5) + 1, I.__bases__)
class Doc:
    'the docstring'
    def method(self):
        'method doc'
print(Doc.__doc__, Doc.method.__doc__)
class NoDoc:
    x = 'not a docstring'
print(NoDoc.__doc__)
class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 42}
class P(metaclass=Prepared):
    y = injected + 1
print(P.y)
class Init:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Init, tag='sub'):
    pass
print(Sub.tag)
class Counter:
    count = 0
    for i in range(3):
        count += i
    del i
print(Counter.count, hasattr(Counter, 'i'))
class WithSlots:
    __slots__ = ('a', 'b')
w = WithSlots()
w.a = 1
try:
    w.c = 3
except AttributeError as e:
    print('AttributeError', e)
