# sys.getsizeof, __sizeof__ and the layout numbers of instances of classes:
# a class without __slots__ keeps its instances' __dict__ in front of the
# object (two words before the GC head), not in the instance struct.
import sys


def show(label, cls, *args):
    o = cls(*args)
    print(label, sys.getsizeof(o), o.__sizeof__(), cls.__basicsize__,
          cls.__itemsize__, cls.__dictoffset__, cls.__weakrefoffset__,
          bool(cls.__flags__ & 16))


class Plain:
    pass


class Sub(Plain):
    pass


class SubSub(Sub):
    def __init__(self):
        self.a = 1


class Slots:
    __slots__ = ("a", "b")


class SlotsDict:
    __slots__ = ("a", "__dict__")


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class SlotsDictWeak:
    __slots__ = ("__dict__", "__weakref__", "x")


class EmptySlots:
    __slots__ = ()


class SubOfSlots(Slots):
    pass


class SubOfPlainSlots(Plain):
    __slots__ = ("z",)


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class B(bytes):
    pass


class E(Exception):
    pass


class KE(KeyError):
    pass


class ST(set):
    pass


class Obj(object):
    pass


show("Plain", Plain)
show("Sub", Sub)
show("SubSub", SubSub)
show("Slots", Slots)
show("SlotsDict", SlotsDict)
show("SlotsWeak", SlotsWeak)
show("SlotsDictWeak", SlotsDictWeak)
show("EmptySlots", EmptySlots)
show("SubOfSlots", SubOfSlots)
show("SubOfPlainSlots", SubOfPlainSlots)
show("L", L)
show("L3", L, [1, 2, 3])
show("D", D)
show("T", T)
show("T3", T, (1, 2, 3))
show("I", I)
show("I big", I, 10 ** 40)
show("F", F)
show("S", S, "abc")
show("B", B, b"abcd")
show("E", E)
show("KE", KE)
show("ST", ST)
show("Obj", Obj)

# sizes do not change with the attributes set: the values live elsewhere
p = Plain()
before = sys.getsizeof(p)
for i in range(50):
    setattr(p, "a%d" % i, i)
print("after 50 attributes", sys.getsizeof(p) == before)
p.__dict__
print("after __dict__", sys.getsizeof(p) == before)
l = L()
l.x = 1
print("list sub with attribute", sys.getsizeof(l), l.__sizeof__())


# generators and coroutines
def gen():
    yield 1


def gen_locals(a, b, c):
    x = y = z = 0
    yield a + b + c + x + y + z


async def coro():
    pass


g = gen()
print("generator", sys.getsizeof(g), g.__sizeof__() == sys.getsizeof(g) - 16)
print("generator with locals", sys.getsizeof(gen_locals(1, 2, 3)))
next(g)
print("generator started", sys.getsizeof(g))
co = coro()
print("coroutine", sys.getsizeof(co))
co.close()

# the object itself
print("object()", sys.getsizeof(object()), object().__sizeof__())
print("class objects are types", sys.getsizeof(Plain) == sys.getsizeof(Slots))
