class Registry(type):
    plugins = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[name.lower()] = cls
        cls.tag = kw.get("tag", name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<plugin {cls.__name__}>"
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"_order": []}

class Base(metaclass=Registry):
    def handle(self, ev):
        return f"{type(self).__name__} handles {ev}"

class Click(Base, tag="ui"):
    pass

class Key(Base):
    def handle(self, ev):
        return super().handle(ev).upper()

print(Registry.plugins)
print(Click.tag, Key.tag, type(Click), Click)
print(Click().handle("c"), Key().handle("k"))

def event(name):
    def deco(cls):
        cls.event_name = name
        handlers.setdefault(name, []).append(cls)
        return cls
    return deco
handlers = {}
@event("save")
@event("load")
class Saver:
    pass
print(handlers, Saver.event_name)

class Bus:
    def __init__(self):
        self.subs = {}
    def on(self, name):
        def reg(fn):
            self.subs.setdefault(name, []).append(fn)
            return fn
        return reg
    def emit(self, name, *args, **kwargs):
        return [fn(*args, **kwargs) for fn in self.subs.get(name, [])]
bus = Bus()
@bus.on("msg")
def p1(text, *, loud=False):
    return text.upper() if loud else text
@bus.on("msg")
def p2(text, **kw):
    return f"{text}:{sorted(kw)}"
print(bus.emit("msg", "hi"), bus.emit("msg", "yo", loud=True), bus.emit("none"))

class Field:
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError(f"{type(self).__name__}.__init__() got an unexpected keyword argument '{k}'")
            setattr(self, k, v)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, o):
        return type(self) is type(o) and all(getattr(self, f) == getattr(o, f) for f in self._fields)

class User(Model, table="people"):
    name = Field()
    age = Field()
class Post(Model):
    title = Field()
print(User(name="ann", age=3), User(name="x"), Post(title="t"), User.table, Post.table)
print(User(name=1) == User(name=1), User(name=1) == Post())
try:
    User(nme="typo")
except TypeError as e:
    print(e)
print(type(User.name).__name__, User._fields)
try:
    class Bad(Model, color="red"):
        pass
except TypeError as e:
    print(e)
class Sing(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Sing):
    def __init__(self, v=0): self.v = v
print(Conf(1) is Conf(2), Conf().v)
print(type(Conf).__name__, isinstance(Conf, type), Sing.__mro__)
class A: pass
class B: pass
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
try:
    class W(A, A): pass
except TypeError as e:
    print(e)
class O1(A, B): pass
class O2(B, A): pass
try:
    class O3(O1, O2): pass
except TypeError as e:
    print(e)
print(type("Dyn", (A,), {"x": 1}).x, type(3), type.__name__)
class Abstractish:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Abstractish[int], list[int], dict[str, list[int]])
