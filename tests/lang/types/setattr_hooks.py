# __setattr__ and __delattr__: validating and recording assignments.
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name!r}: Frozen is immutable")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")


f = Frozen(1, 2)
print(f.x, f.y)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)


class Recorder:
    def __init__(self):
        self.history = []

    def __setattr__(self, name, value):
        if name != "history":
            self.history.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.history.append(("del", name))
        super().__delattr__(name)


r = Recorder()
r.a = 1
r.b = "two"
r.a = 3
del r.b
print(r.history, r.a, vars(r).keys())
try:
    del r.zzz
except AttributeError as e:
    print(type(e).__name__, e)


class Upper:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.upper(), value)


u = Upper()
u.name = "x"
setattr(u, "other", 2)
print(sorted(vars(u)))
try:
    object.__setattr__(1, "x", 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(u, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().__str__ = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del str.upper
except TypeError as e:
    print(type(e).__name__, e)
