def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def m(self): return 1
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a1, a2 = A(), A()
t(lambda: a1.m == a2.m)
t(lambda: a1.m == a1.m)
t(lambda: a1.m != a1.m)
t(lambda: a1.m == A.m)
t(lambda: hash(a1.m) == hash(a1.m))
t(lambda: {a1.m, a1.m}.__len__())
t(lambda: [].append == [].append)
l = []
t(lambda: l.append == l.append)
t(lambda: l.append.__self__ is l)
t(lambda: (1).__add__ == (1).__add__)
t(lambda: a1.m.__reduce__()[0].__name__)
t(lambda: a1.m.__reduce__()[1][1])
t(lambda: type(a1.m).__name__)
t(lambda: a1.m.__class__.__name__)
t(lambda: a1.m < a1.m)
t(lambda: type(a1.m)(A.m, None))
t(lambda: type(a1.m)())
t(lambda: type(a1.m)(1, 2, 3))
t(lambda: a1.m.__getattribute__("__name__"))
t(lambda: a1.m.__dict__)
def f(): pass
f.attr = "fattr"
class B: g = f
t(lambda: B().g.attr)
t(lambda: setattr(B().g, "attr", 1))
t(lambda: delattr(B().g, "attr"))
t(lambda: dir(B().g) == dir(B().g) and "__func__" in dir(B().g))
class C:
    @classmethod
    def c(cls): pass
t(lambda: C.c == C.c)
t(lambda: C.c.__self__ is C)
t(lambda: C().c.__self__ is C)
t(lambda: C.c.__func__ is C.__dict__["c"].__func__)
