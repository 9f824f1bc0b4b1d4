def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, k): return ("meta getitem", k)
class A(metaclass=Meta):
    def __class_getitem__(cls, k): return ("cgi", k)
t(lambda: A[1])
class NoEq:
    __eq__ = None
t(lambda: NoEq() == 1)
t(lambda: NoEq() != 1)
t(lambda: 1 == NoEq())
t(lambda: NoEq() in [1])
t(lambda: hash(NoEq()) is not None)
class LtNone:
    __lt__ = None
t(lambda: LtNone() < 1)
t(lambda: 1 > LtNone())
class AddNone:
    __add__ = None
    __radd__ = None
t(lambda: AddNone() + 1)
t(lambda: 1 + AddNone())
class NegNone:
    __neg__ = None
t(lambda: -NegNone())
class LenNone:
    __len__ = None
t(lambda: len(LenNone()))
t(lambda: bool(LenNone()))
class HashNoneSub(NoEq):
    def __hash__(self): return 1
t(lambda: hash(HashNoneSub()))
class GetNone:
    __getitem__ = None
t(lambda: GetNone()[0])
t(lambda: type(iter(GetNone())).__name__)
class CallNone:
    __call__ = None
t(lambda: CallNone()())
t(lambda: callable(CallNone()))
class ReprNone:
    __repr__ = None
t(lambda: repr(ReprNone()))
class StrNone:
    __str__ = None
t(lambda: str(StrNone()))
class BoolNone:
    __bool__ = None
t(lambda: bool(BoolNone()))
class IndexNone:
    __index__ = None
t(lambda: [1][IndexNone()])
class IntNone:
    __int__ = None
t(lambda: int(IntNone()))
class FloatNone:
    __float__ = None
t(lambda: float(FloatNone()))
class ContainsRet:
    def __contains__(self, x): return [1]
t(lambda: 1 in ContainsRet())
t(lambda: 1 not in ContainsRet())
class ContainsBad:
    def __contains__(self, x): return BadBool()
class BadBool:
    def __bool__(self): raise RuntimeError("badbool")
t(lambda: 1 in ContainsBad())
class IdxBool:
    def __index__(self): return True
t(lambda: [10, 20][IdxBool()])
class IterSelf:
    def __iter__(self): return self
t(lambda: iter(IterSelf()))
t(lambda: list(IterSelf()))
class IterNextNone:
    def __iter__(self): return self
    __next__ = None
t(lambda: type(iter(IterNextNone())).__name__)
t(lambda: next(IterNextNone()))
t(lambda: next(5))
t(lambda: next(iter([]), "dflt"))
class GetattrBad:
    def __getattr__(self, n): return 1 / 0
t(lambda: GetattrBad().x)
t(lambda: hasattr(GetattrBad(), "x"))
t(lambda: getattr(GetattrBad(), "x", 5))
class GAnotStr:
    def __getattribute__(self, n): raise AttributeError
    def __getattr__(self, n): return ("fallback", n)
t(lambda: GAnotStr().foo)
t(lambda: type(GAnotStr()).__name__)
t(lambda: GAnotStr().__class__)
class SetattrRet:
    def __setattr__(self, n, v): return 5
s = SetattrRet(); s.x = 1
t(lambda: s.__dict__)
class DirNonList:
    def __dir__(self): return {"b": 1, "a": 2}
t(lambda: dir(DirNonList()))
class DirIter:
    def __dir__(self): return iter(["z", "a"])
t(lambda: dir(DirIter()))
class DirBad:
    def __dir__(self): return [1, "a"]
t(lambda: dir(DirBad()))
t(lambda: dir(5)[:3])
class MetaDir(type):
    def __dir__(cls): return ["meta"]
class WithMetaDir(metaclass=MetaDir): pass
t(lambda: dir(WithMetaDir))
class InitSub:
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw, "__set_name_seen" in cls.__dict__)
class SN:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        owner.__set_name_seen = True
class Child(InitSub, x=1):
    a = SN()
    b = SN()
t(lambda: type("T", (InitSub,), {"c": SN()}, y=2))
class InitSubNotCM:
    def __init_subclass__(cls): print("isc2", cls)
class Ch2(InitSubNotCM): pass
class InitSubStatic:
    @staticmethod
    def __init_subclass__(): print("static isc")
t(lambda: type("Ch3", (InitSubStatic,), {}))
