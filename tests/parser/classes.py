class A:
    pass

class B(A):
    x = 1

class C(A, B):
    def method(self):
        return self

class D(metaclass=Meta):
    pass

class E(A, metaclass=Meta, **kw):
    pass

class F(*bases):
    pass

class G():
    """Docstring."""

    def __init__(self, x):
        self.x = x

    @property
    def prop(self):
        return self.x

    @staticmethod
    def s():
        pass

    class Inner:
        pass
