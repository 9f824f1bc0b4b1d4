# AttributeError.name and .obj: filled when a lookup fails, left None when
# a set or delete fails (CPython 3.11 behaviour).
import sys


class A:
    pass


class S:
    __slots__ = ('x',)


class D(S):
    pass


class G:
    def __getattr__(self, name):
        raise AttributeError(name)


class P:
    @property
    def p(self):
        return 1


class L(list):
    pass


def show(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError", e)
    except AttributeError as e:
        obj = type(e.obj).__name__ if e.obj is not None else None
        print(label, "|", e, "|", e.name, obj)


a = A()
s = S()
d = D()
show("get instance", lambda: a.missing)
show("del instance", lambda: delattr(a, 'missing'))
a.y = 1
show("del instance with dict", lambda: delattr(a, 'missing'))
a.__dict__
show("del instance materialized dict", lambda: delattr(a, 'missing'))
show("object.__delattr__", lambda: object.__delattr__(a, 'missing'))
show("set bare object", lambda: setattr(object(), 'x', 1))
show("del bare object", lambda: delattr(object(), 'x'))
show("object.__setattr__ bare", lambda: object.__setattr__(object(), 'x', 1))
show("get empty slot", lambda: s.x)
show("del empty slot", lambda: delattr(s, 'x'))
show("set slot other", lambda: setattr(s, 'y', 1))
show("del slot other", lambda: delattr(s, 'y'))
show("subclass of slots del", lambda: delattr(d, 'zz'))
show("get class", lambda: A.missing)
show("del class", lambda: delattr(A, 'missing'))
show("set builtin type", lambda: setattr(int, 'x', 1))
show("del builtin type", lambda: delattr(int, 'x'))
show("get module", lambda: sys.missing)
show("del module", lambda: delattr(sys, 'missing'))
show("set int", lambda: setattr(1, 'x', 1))
show("del int", lambda: delattr(1, 'x'))
show("set readonly", lambda: setattr(1, 'real', 1))
show("del readonly", lambda: delattr(1, 'real'))
show("set builtin function", lambda: setattr(len, 'x', 1))
show("del function attr", lambda: delattr(show, 'missing'))
show("set property", lambda: setattr(P(), 'p', 1))
show("del property", lambda: delattr(P(), 'p'))
show("get list", lambda: [].missing)
show("set list", lambda: setattr([], 'missing', 1))
show("set list method", lambda: setattr([], 'append', 1))
show("del list method", lambda: delattr([], 'append'))
show("del list subclass", lambda: delattr(L(), 'missing'))
show("get list subclass", lambda: L().missing)
show("set type __dict__", lambda: setattr(A, '__dict__', 1))
show("__getattr__ raises", lambda: G().missing)
show("del with __getattr__", lambda: delattr(G(), 'missing'))
show("get via getattr()", lambda: getattr(a, 'nope'))
show("getattr default", lambda: print(getattr(a, 'nope', 'dflt')))
show("hasattr", lambda: print(hasattr(a, 'nope')))

# An explicitly raised AttributeError keeps what the raiser passed.
try:
    raise AttributeError("msg", name="n", obj=5)
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    raise AttributeError("plain")
except AttributeError as e:
    print(e, e.name, e.obj)
