# Bound methods and functions seen as objects.
class Greeter:
    """A greeter."""

    def __init__(self, name):
        self.name = name

    def greet(self, other="world"):
        """Say hello."""
        return f"{self.name} greets {other}"


g = Greeter("ann")
m = g.greet
print(m(), m("bob"), Greeter.greet(g, "cy"))
print(type(m).__name__, m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__, m.__doc__, m.__module__)
print(m == g.greet, m is g.greet, m == Greeter("x").greet, hash(m) == hash(g.greet))
print(repr(m).startswith("<bound method Greeter.greet of <__main__.Greeter object at 0x"))
print(type(Greeter.greet).__name__)
print(repr(Greeter.greet).startswith("<function Greeter.greet at 0x"))
try:
    m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
Greeter.greet.tag = "tagged"
print(g.greet.tag)
saved = g.greet
g.name = "zed"
print(saved())


def standalone(self):
    return f"standalone on {self.name}"


bound = standalone.__get__(g)
print(bound(), type(bound).__name__, bound.__func__ is standalone)
import sys
print(type(sys.getsizeof).__name__, sys.getsizeof.__name__, sys.getsizeof.__self__ is sys)
print(len.__name__, len.__qualname__, len.__module__, repr(len), len.__self__.__name__)
lst = [3, 1]
app = lst.append
app(2)
print(lst, app.__name__, app.__qualname__, app.__self__ is lst, type(app).__name__)
print(repr(list.append), repr(str.join), type(list.append).__name__)
print([].append == [].append, lst.append == lst.append)
print(repr(dict.fromkeys).startswith("<built-in method fromkeys of type object"))
print(repr(int.__add__), repr((5).__add__).startswith("<method-wrapper '__add__' of int object at"))
print((5).__add__(1), (5).__add__.__self__, (5).__add__.__name__, int.__add__.__qualname__)
print(int.__add__.__objclass__, list.append.__objclass__, int.real.__objclass__ if hasattr(int.real, "__objclass__") else "-")
f = Greeter.__init__
print(f.__code__.co_name, f.__code__.co_argcount, f.__defaults__, Greeter.greet.__defaults__)
