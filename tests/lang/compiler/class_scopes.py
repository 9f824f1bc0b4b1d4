# Class bodies: their own namespace, not visible from methods.
x = 'global x'
class A:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    lst = [x for _ in range(2)]
print(A.y, A().method(), A.lst)

def factory(v):
    class B:
        attr = v
        def get(self):
            return v
    return B
B = factory(42)
print(B.attr, B().get(), B.__qualname__)

def f2():
    v = 'free'
    class C:
        v = 'class'
        def m(self):
            return v
        w = v
    return C().m(), C.w
print(f2())

class Base:
    def hello(self):
        return 'Base.hello'
class Derived(Base):
    def hello(self):
        return 'Derived+' + super().hello()
    def cls(self):
        return __class__.__name__
print(Derived().hello(), Derived().cls())
print('__classcell__' in Derived.__dict__)

class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)

def fn():
    class Local:
        def m(self):
            def deep():
                pass
            return deep
    return Local
print(fn().__qualname__, fn()().m().__qualname__)

class Private:
    __secret = 1
    def get(self):
        return self.__secret
    def names(self):
        __local = 2
        return [n for n in dir(self) if 'secret' in n]
print(Private().get(), Private().names(), hasattr(Private, '_Private__secret'))
