# __missing__ in dict subclasses, and dict subclass behaviour.
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for w in "the cat and the hat and the bat".split():
    c[w] = c[w] + 1
print(sorted(c.items()))
print(c["dog"], "dog" in c, c.get("dog"))

class AutoList(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value

a = AutoList()
a["x"].append(1)
a["x"].append(2)
a["y"].append(3)
print(a)

class Loud(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r} here")

try:
    Loud()["k"]
except KeyError as e:
    print("KeyError", e)

class Plain(dict):
    pass

try:
    Plain()["k"]
except KeyError as e:
    print("KeyError", e)

p = Plain(a=1)
print(p, type(p).__name__, isinstance(p, dict), p == {"a": 1})
print(type(p.copy()).__name__, type(p | {}).__name__)

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

u = Upper()
u["a"] = 1
u.update(b=2)
print(u)
