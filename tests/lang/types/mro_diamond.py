# Diamond inheritance, C3 linearisation and cooperative super() calls.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def hello(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def hello(self):
        return ["Right"] + super().hello()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
        self.trail.append("Bottom")

    def hello(self):
        return ["Bottom"] + super().hello()


b = Bottom()
print(b.trail)
print(b.hello())
print([k.__name__ for k in Bottom.__mro__])
print([k.__name__ for k in Bottom.mro()])


class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass


print(" ".join(k.__name__ for k in A.__mro__))


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


try:
    class Broken(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Order(O, F):
        pass
except TypeError as e:
    print(type(e).__name__, e)
