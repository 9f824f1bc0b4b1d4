# The VM's attribute caches on instances with inline values must notice
# every change that matters.
class A:
    def __init__(self, n):
        self.x = n
        self.y = n * 2

    def m(self):
        return "method"


def read_x(objs):
    return [o.x for o in objs]


def read_y(o):
    return o.y


def call_m(objs):
    out = []
    for o in objs:
        out.append(o.m())
    return out


def set_x(objs, v):
    for o in objs:
        o.x = v


objs = [A(i) for i in range(5)]
for _ in range(3):
    print(read_x(objs))
objs[2].__dict__
print("after materializing", read_x(objs))
del objs[3].x
try:
    print(read_x(objs))
except AttributeError as e:
    print(type(e).__name__, e)
objs[3].x = "back"
print(read_x(objs))
set_x(objs, 7)
print(read_x(objs), [vars(o) for o in objs])
print(call_m(objs))
objs[1].m = lambda: "shadowed"
print(call_m(objs))
del objs[1].m
print(call_m(objs))
objs[4].__dict__["m"] = lambda: "via dict"
print(call_m(objs))
A.m = lambda self: "replaced"
print(call_m(objs))

# a property added to the class after the caches were filled
a = A(1)
for _ in range(3):
    read_y(a)
A.y = property(lambda self: "prop", lambda self, v: None)
print(read_y(a), read_y(A(3)))
del A.y
print(read_y(A(3)))


# __setattr__ added later
class B:
    def __init__(self):
        self.v = 0


bs = [B() for _ in range(3)]
set_x(bs, 1)
set_x(bs, 2)
print([b.x for b in bs])
B.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
set_x(bs, 3)
print([b.x for b in bs])
del B.__setattr__
set_x(bs, 4)
print([b.x for b in bs])


# data descriptor added later must win over the inline value
class Desc:
    def __get__(self, obj, tp):
        return "desc get"

    def __set__(self, obj, v):
        print("desc set", v)


class C:
    pass


cs = [C() for _ in range(3)]
set_x(cs, 1)
print(read_x(cs))
C.x = Desc()
set_x(cs, 2)
print(read_x(cs))
del C.x
print(read_x(cs))


# __class__ changes under a cache
class P:
    pass


class Q:
    pass


ps = [P() for _ in range(3)]
set_x(ps, "p")
print(read_x(ps))
ps[0].__class__ = Q
print(read_x(ps), type(ps[0]).__name__)
set_x(ps, "q")
print(read_x(ps), [vars(p) for p in ps])

# __dict__ replaced and deleted under a cache
d = P()
set_x([d], 1)
d.__dict__ = {"x": "new dict"}
print(read_x([d]))
del d.__dict__
try:
    read_x([d])
except AttributeError as e:
    print(type(e).__name__, e)
set_x([d], 5)
print(read_x([d]), vars(d))


# more names than the shared keys hold
class Many:
    pass


m = Many()
for i in range(35):
    setattr(m, "n%d" % i, i)


def read_n34(o):
    return o.n34


print([read_n34(m) for _ in range(3)], len(vars(m)))
m2 = Many()
m2.n0 = "first"
m2.n34 = "late"
print([read_n34(m2) for _ in range(3)], list(vars(m2)))


# stores into __slots__ members through the cache
class V:
    __slots__ = ("x", "y")


vs = [V() for _ in range(3)]
set_x(vs, 1)
set_x(vs, 2)
print(read_x(vs))
del vs[1].x
try:
    read_x(vs)
except AttributeError as e:
    print(type(e).__name__, e)
set_x(vs, 3)
print(read_x(vs))


class VProp:
    def __get__(self, obj, tp):
        return "vprop"

    def __set__(self, obj, v):
        print("vprop set", v)


saved = V.x
V.x = VProp()
set_x(vs[:1], 4)
print(read_x(vs[:1]))
V.x = saved
set_x(vs, 5)
print(read_x(vs))
try:
    set_x([object()], 1)
except AttributeError as e:
    print(type(e).__name__, e)


# one site seeing two classes in turn
class R:
    def __init__(self):
        self.hits = 0


class S2:
    def __init__(self):
        self.pad = None
        self.hits = 100


def touch_all(objs, n):
    for _ in range(n):
        for o in objs:
            o.hits += 1


mixed = [R() if i % 2 else S2() for i in range(6)]
touch_all(mixed, 40)
print([o.hits for o in mixed], [list(vars(o)) for o in mixed])
