# _thread._local with a single thread: attributes live in the thread's
# dict, __init__ arguments, subclasses, garbage collection.
import _thread
import _weakref
import gc


def t(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__, e)


loc = _thread._local()
print(repr(loc).split(" at 0x")[0], type(loc).__name__, type(loc).__module__)
loc.x = 1
loc.y = [2]
print(loc.x, loc.y, sorted(loc.__dict__.items()), sorted(vars(loc)))
loc.__dict__["z"] = 3
print(loc.z, hasattr(loc, "w"), getattr(loc, "w", "dflt"))
del loc.x
t(lambda: loc.x)
t(lambda: delattr(loc, "x"))
t(lambda: setattr(loc, "__dict__", {}))
t(lambda: delattr(loc, "__dict__"))
print(loc.__dict__ is loc.__dict__, loc.__class__ is _thread._local)
t(lambda: _thread._local(1))
t(lambda: _thread._local(a=1))
t(lambda: type(_thread._local(*[], **{})).__name__)
print(sorted(n for n in dir(loc) if not n.startswith("__")))

print("-- subclasses")


class Plain(_thread._local):
    pass


t(lambda: Plain(1))
t(lambda: Plain(k=2))
p = Plain()
p.a = 5
print(p.a, p.__dict__, isinstance(p, _thread._local))


class WithInit(_thread._local):
    counter = 0

    def __init__(self, a, b=2, **kw):
        WithInit.counter += 1
        self.a, self.b, self.kw = a, b, kw

    def total(self):
        return self.a + self.b

    @property
    def doubled(self):
        return self.a * 2


w = WithInit(1, b=10, c=3)
print(w.a, w.b, w.kw, w.total(), w.doubled, WithInit.counter, sorted(w.__dict__))
t(lambda: WithInit())
t(lambda: setattr(w, "doubled", 1))
w.counter = 100
print(w.counter, WithInit.counter)


class WithSlotsProp(_thread._local):
    __slots__ = ("s",)

    def __init__(self):
        self.s = "slot"
        self.d = "dict"


sp = WithSlotsProp()
print(sp.s, sp.d, sorted(sp.__dict__))


class Cls(_thread._local):
    attr = "class"


c = Cls()
print(c.attr)
c.attr = "instance"
print(c.attr, Cls.attr)
del c.attr
print(c.attr)


class NewArgs(_thread._local):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        return self

    def __init__(self, v):
        self.v = v


print(NewArgs(7).v)


class Getattr(_thread._local):
    def __getattr__(self, name):
        return "missing " + name


g = Getattr()
g.q = 1
print(g.q, g.nope)

print("-- lifetime")
loc2 = _thread._local()
r = _weakref.ref(loc2)
loc2.self = loc2  # a cycle through the thread's dict
del loc2
gc.collect()
print(r() is None)


class Obj:
    pass


holder = _thread._local()
o = Obj()
ro = _weakref.ref(o)
holder.o = o
del o
print(ro() is not None)
del holder
print(ro() is None)
loc3 = WithInit(3)
print(loc3.total())
r3 = _weakref.ref(loc3)
del loc3
print(r3() is None)
