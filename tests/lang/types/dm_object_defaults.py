def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# object() default behaviours
o = object()
t(lambda: o.__eq__(o))
t(lambda: o.__ne__(o))
t(lambda: o.__ne__(1))
t(lambda: o.__lt__(o))
t(lambda: o.__hash__() == hash(o))
t(lambda: o.__sizeof__())
t(lambda: o.__reduce__()[0].__name__)
t(lambda: o.__reduce_ex__(2)[0].__name__)
t(lambda: o.__getstate__())
t(lambda: o.__format__("")[:15])
t(lambda: o.__format__("x"))
t(lambda: o.__dir__() == dir(o) or sorted(o.__dir__()) == dir(o))
t(lambda: o.__class__)
t(lambda: o.__init_subclass__())
t(lambda: o.__subclasshook__())
t(lambda: type(o.__str__()).__name__)
t(lambda: object.__str__(5))
t(lambda: object.__repr__(5)[:13])
t(lambda: object.__hash__(5) == hash(5))
class A:
    __slots__ = ("a", "b")
a = A(); a.a = 1
t(lambda: a.__getstate__())
class B:
    pass
b = B(); b.x = 1
t(lambda: b.__getstate__())
t(lambda: B().__getstate__())
class C:
    __slots__ = ("a", "__dict__")
c = C(); c.a = 1; c.z = 2
t(lambda: c.__getstate__())
t(lambda: b.__reduce_ex__(2)[0].__name__)
t(lambda: b.__reduce_ex__(2)[1][0] is B)
t(lambda: b.__reduce_ex__(0)[0].__name__)
t(lambda: b.__reduce_ex__(1)[1:])
class NoNew:
    def __reduce__(self): return (NoNew, ())
t(lambda: NoNew().__reduce_ex__(2))
t(lambda: object.__reduce_ex__(NoNew(), 2)[0] is NoNew)
