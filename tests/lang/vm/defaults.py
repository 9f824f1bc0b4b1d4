def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

counter = 0
def evaluated_once(x=counter):
    return x
counter = 10
print(evaluated_once())

def f(a, b=2, *, c=3, d):
    return a, b, c, d

print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1))
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)

def g(a, b):
    return a - b
g.__defaults__ = (100,)
print(g(1))
g.__defaults__ = (5, 6)
print(g())

def mixed(a, b=[1], c={"k": 1}):
    return a, b, c
print(mixed(0))

class Config:
    def get(self, key, default=None, *, strict=False):
        if strict and default is None:
            raise KeyError(key)
        return default
c = Config()
print(c.get("a"), c.get("a", 5))
try:
    c.get("a", strict=True)
except KeyError as e:
    print("KeyError", e)
