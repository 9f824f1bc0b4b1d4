import sys
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
M = type(sys)
m = M("mymod", "doc of mymod")
t(lambda: (m.__name__, m.__doc__, m.__dict__ is vars(m)))
t(lambda: m.missing)
m.__getattr__ = lambda name: "lazy " + name
t(lambda: m.missing)
m.__dir__ = lambda: ["b", "a"]
t(lambda: dir(m))
del m.__getattr__
t(lambda: m.missing)
t(lambda: repr(m))
m.__file__ = "/x/y.py"
t(lambda: repr(m))
t(lambda: M())
t(lambda: M(1))
t(lambda: M("a", 1))
m2 = M.__new__(M)
t(lambda: repr(m2))
t(lambda: m2.__name__)
t(lambda: m2.__dict__)
del m.__name__
t(lambda: m.x)
t(lambda: repr(m))
class MyModule(M):
    def __getattr__(self, n): return "sub " + n
    @property
    def prop(self): return "module property"
mm = MyModule("mm")
t(lambda: mm.zz)
t(lambda: mm.prop)
t(lambda: setattr(mm, "prop", 1))
m3 = M("m3")
m3.__class__ = MyModule
t(lambda: m3.anything)
t(lambda: setattr(m3, "__class__", int))
t(lambda: setattr(m3, "__class__", M) or type(m3).__name__)
t(lambda: m3.__annotations__)
m3.__annotations__ = {"a": int}
t(lambda: m3.__annotations__)
t(lambda: type(sys.__dict__).__name__)
t(lambda: setattr(sys, "__dict__", {}))
t(lambda: delattr(m3, "nothing"))
