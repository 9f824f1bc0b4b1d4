class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int))
print(issubclass(B, object), isinstance(None, object), isinstance(int, type))
print(isinstance(3, int | str), issubclass(bool, int | None))
print(isinstance([], (list, (tuple, dict))))
def err(f, *a):
    try:
        print(f(*a))
    except TypeError as e:
        print('TypeError:', e)
err(isinstance, 1, 2)
err(isinstance, 1, (int, 2))
err(issubclass, 1, int)
err(issubclass, int, 1)
err(isinstance, 1)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('plain', Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
