def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class CallableObj:
    def __call__(self, *a): return ("called with", len(a))
class BindingCallable:
    def __call__(self, *a): return ("bc", len(a))
    def __get__(self, obj, owner): return (lambda *a: self(obj, *a)) if obj is not None else self
class Host:
    plain = CallableObj()
    bound = BindingCallable()
    builtin = len
    bfun = print
    lam = lambda self: ("lam", type(self).__name__)
    st = staticmethod(lambda: "st")
    typ = int
h = Host()
t(lambda: h.plain(1))
t(lambda: h.bound(1))
t(lambda: Host.bound(1))
t(lambda: h.builtin([1, 2]))
t(lambda: h.lam())
t(lambda: h.st())
t(lambda: h.typ("5"))
t(lambda: type(h.plain).__name__)
t(lambda: type(h.builtin).__name__)
class WithNew:
    def __new__(cls, *a): return ("new", a)
t(lambda: WithNew(1))
t(lambda: WithNew.__new__(WithNew, 2))
t(lambda: type(WithNew.__dict__["__new__"]).__name__)
class InstCall:
    pass
ic = InstCall()
ic.__call__ = lambda: "inst"
t(lambda: callable(ic))
t(lambda: ic())
class ClsCallMeta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class Made(metaclass=ClsCallMeta):
    def __init__(self, x): self.x = x
m = Made(3)
t(lambda: (m.x, m.created_by_meta))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self): print("Config init")
t(lambda: Config() is Config())
class CallRecursion:
    def __call__(self): return self()
t(lambda: CallRecursion()())
