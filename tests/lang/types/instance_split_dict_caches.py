# The attribute caches on instances whose __dict__ has been made (a split
# dict sharing the class's keys): each loop runs a site enough times to
# fill its cache, then changes the dict under it.
class A:
    def __init__(self, x):
        self.x = x
        self.y = x + 1

    def m(self):
        return "method"


def read(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append(str(e))
    return out


def call(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m())
        except TypeError as e:
            out.append(type(e).__name__)
    return out


a = A(1)
d = a.__dict__
print(read([a] * 20)[-1])
d["x"] = "via dict"
print(read([a] * 3))
del d["x"]
print(read([a] * 2))
d["x"] = "back"
print(read([a] * 2), list(d))
d[5] = "int key"  # the dict combines
print(read([a] * 2), d)
b = A(2)
b.__dict__
print(read([b] * 20)[-1])
b.__dict__ = {"x": "assigned"}
print(read([b] * 2))
del b.__dict__
print(read([b] * 2))
b.x = "again"
print(read([b] * 2), vars(b))
c = A(3)
c.__dict__
print(call([c] * 20)[-1])
c.__dict__["m"] = lambda: "shadow"
print(call([c] * 2))
del c.m
print(call([c] * 2))
objs = [A(i) for i in range(4)]
for o in objs[::2]:
    o.__dict__
print(read(objs * 5)[-4:])
objs[0].__dict__.clear()
objs[1].__dict__.pop("x")
print(read(objs))
for o in objs:
    o.__dict__.update(x="u")
print(read(objs), [list(vars(o)) for o in objs])
