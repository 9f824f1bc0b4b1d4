# Metaclasses: customizing class creation and class behaviour.
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.registered = True
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.init_kwargs = kwargs

    def __repr__(cls):
        return f"<registered class {cls.__name__}>"

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __len__(cls):
        return len(cls.__dict__)


class Plugin(metaclass=Registry):
    def __init__(self, n=0):
        self.n = n


class Audio(Plugin, level=3):
    pass


print(Registry.classes)
print(Plugin, Audio, type(Audio).__name__)
print(Audio.registered, Audio.init_kwargs, Plugin.init_kwargs)
a = Audio(5)
print(a.n, type(a).__name__, isinstance(Audio, Registry), len(Plugin) > 0)


class Upper(type):
    def __new__(mcls, name, bases, ns):
        upper = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return type.__new__(mcls, name, bases, upper)


class Shout(metaclass=Upper):
    greeting = "hi"

    def speak(self):
        return "loud"


print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))

# type() with three arguments
Dyn = type("Dyn", (Plugin,), {"x": 1, "show": lambda self: f"x={self.x}"})
print(Dyn, Dyn().show(), Dyn.__mro__[1:])
Simple = type("Simple", (), {})
print(Simple, Simple.__module__, Simple.__bases__)
print(type(3), type("s"), type(type), type(Simple()))
try:
    type("x", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("x", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("x", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("x", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
