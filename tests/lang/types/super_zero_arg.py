# super() without arguments, in methods, class methods and __init__.
class Base:
    def __init__(self, value):
        self.value = value
        self.log = ["Base.__init__"]

    def greet(self):
        return "hello from Base"

    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"


class Child(Base):
    def __init__(self, value):
        super().__init__(value * 2)
        self.log.append("Child.__init__")

    def greet(self):
        return super().greet() + " and Child"

    @classmethod
    def create(cls):
        return "Child -> " + super().create()


class GrandChild(Child):
    def greet(self):
        parent = super().greet()
        return f"[{parent}] and GrandChild"


g = GrandChild(5)
print(g.value, g.log)
print(g.greet())
print(GrandChild.create())
print(Child(1).greet())


class WithInner:
    def method(self):
        def inner():
            return __class__.__name__
        return inner()

    def uses_class(self):
        return __class__


print(WithInner().method(), WithInner().uses_class())


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        s = super()
        return "B>" + s.who()


print(B().who())
print(repr(super(B, B()))[:22])


def not_a_method():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)


not_a_method()


class NoArgs:
    def f():
        try:
            super()
        except RuntimeError as e:
            print(type(e).__name__, e)


NoArgs.f()
