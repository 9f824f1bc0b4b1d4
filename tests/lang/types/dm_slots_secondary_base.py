# __slots__ without __dict__/__weakref__: a secondary base that has them
# still gives them to the class.
class A(object):
    __slots__ = ()
class B(object):
    pass
class C(A, B):
    __slots__ = ()
print(C.__basicsize__ == B.__basicsize__, hasattr(C, '__dict__'), hasattr(C, '__weakref__'))
c = C()
c.x = 2
print(c.x, c.__dict__)
class D(object):
    __slots__ = ["__dict__"]
class W(object):
    __slots__ = ["__weakref__"]
for bases in ((W, D), (D, W)):
    class C1(*bases):
        __slots__ = []
    a = C1()
    print(hasattr(a, "__dict__"), hasattr(a, "__weakref__"))
    a.foo = 42
    print(a.__dict__)
import weakref
r = weakref.ref(c)
print(r() is c)
