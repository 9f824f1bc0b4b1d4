def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# reprs of the data-model objects themselves
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
print(repr(A.__dict__["m"])[:18])
print(repr(A().m).split(" of ")[0])
print(repr(A.c).split(" of ")[0])
print(repr(A.__dict__["c"])[:30])
print(repr(A.__dict__["s"])[:30])
print(repr(A.p)[:20])
print(repr(int.__add__), repr(int.real), repr(int.__dict__["bit_length"]))
print(repr((1).bit_length)[:42])
print(repr(type.__dict__["__dict__"]), repr(type.__dict__["mro"]))
print(repr(str.maketrans)[:40])
print(repr(dict.fromkeys)[:45])
print(repr(object.__init__), repr(object.__new__)[:36], repr(object().__init__)[:35])
print(repr(A.__init__), repr(A.__new__)[:36])
print(repr(A().__init__)[:38])
print(repr(A.__dict__["__dict__"]), repr(A.__dict__["__weakref__"]))
print(repr(super), repr(type), repr(object), repr(A)[:16])
print(repr(None.__class__), repr(NotImplemented), repr(...), repr(type(NotImplemented)))
print(repr(len), repr(print), repr([].append)[:35])
print(repr(A.__subclasshook__)[:40])
print(repr(vars(A))[:20])
print(repr(property), repr(classmethod), repr(staticmethod))
print(type(int.__add__).__name__, type((1).__add__).__name__, type(int.real).__name__, type(list.append).__name__)
print(type(dict.__dict__["fromkeys"]).__name__, type(type.__dict__["__name__"]).__name__, type(A.__dict__["__dict__"]).__name__)
print(type(A.c).__name__, type(A.__dict__["c"]).__name__, type(A().m).__name__, type(len).__name__)
print(type(object.__init__).__name__, type(object.__new__).__name__, type(A().__init__).__name__)
print(int.__add__.__doc__, int.real.__doc__[:20] if int.real.__doc__ else None)
print(A.m.__doc__, A.p.__doc__, A.__doc__, A().__doc__)
print(object.__doc__)
print(type.__doc__)
print(len.__doc__)
print(A.__init__.__doc__)
print(int.__add__.__text_signature__ if False else "")
print(callable(A.__dict__["s"]), callable(A.__dict__["c"]), callable(A.p))
