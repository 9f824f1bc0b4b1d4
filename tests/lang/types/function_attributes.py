# Attributes of function objects.
def outer(a, b=2, *args, c, d=4, **kw) -> "result":
    """Outer's docstring."""
    total = a + b

    def inner(x: int) -> int:
        return x + total

    return inner


print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
print(outer.__closure__, type(outer.__globals__).__name__, outer.__globals__ is globals())
inner = outer(1, c=3)
print(inner.__qualname__, inner.__annotations__, inner(10))
cell = inner.__closure__[0]
print(type(cell).__name__, cell.cell_contents, inner.__code__.co_freevars)
outer.__defaults__ = (100,)
outer.__kwdefaults__ = {"c": 0, "d": 0}
print(outer(1)(0), outer.__defaults__)
outer.__defaults__ = None
print(outer.__defaults__)
try:
    outer(1)
except TypeError as e:
    print(type(e).__name__, e)
outer.__name__ = "renamed"
outer.__qualname__ = "Q.renamed"
outer.__doc__ = None
print(outer.__name__, outer.__qualname__, outer.__doc__, repr(outer).startswith("<function Q.renamed at"))
outer.custom = [1, 2]
print(outer.custom, outer.__dict__)
outer.__dict__ = {"fresh": True}
print(outer.fresh, hasattr(outer, "custom"))
outer.__annotations__ = {"z": float}
print(outer.__annotations__)
del outer.__annotations__
print(outer.__annotations__)
for name, value in (("__name__", 1), ("__qualname__", 1), ("__defaults__", [1]),
                    ("__kwdefaults__", [1]), ("__annotations__", 1), ("__code__", 1),
                    ("__dict__", 1), ("__globals__", {}), ("__closure__", ())):
    try:
        setattr(outer, name, value)
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
lam = lambda x, y=1: x + y
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam(1))
print(lam.__doc__, lam.__kwdefaults__, lam.__annotations__)


def wrapper_for(f):
    def wrapper(*args):
        return f(*args)
    wrapper.__wrapped__ = f
    wrapper.__name__ = f.__name__
    return wrapper


w = wrapper_for(lam)
print(w.__name__, w.__wrapped__ is lam, w(5))
cell_type = type(inner.__closure__[0])
c = cell_type()
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
c.cell_contents = 7
print(c.cell_contents, cell_type(1) == cell_type(1), cell_type(1) < cell_type(2))
