# LOAD_ATTR / LOAD_METHOD on a module keep the entry of its dict in the
# instruction's cache: reassignment, deletion, a module __getattr__, a dict
# resize, __class__ swaps and mock.patch must all still be seen.
import types, sys, math
m = types.ModuleType("m")
m.f = lambda: "f1"
m.x = 1
def use():
    return m.f(), m.x
for i in range(5): r = use()
print(r)
m.f = lambda: "f2"; m.x = 2
print(use())
del m.x
try: use()
except AttributeError as e: print("AttributeError", e)
m.__getattr__ = lambda name: "dyn-" + name
print(use())
m.x = 3
for i in range(100): m.__dict__["k%d" % i] = i   # resize the dict
print(use())
class Sub(types.ModuleType):
    @property
    def x(self): return "prop"
m.__class__ = Sub
print(use())
m.__class__ = types.ModuleType
print(use())
from unittest import mock
def area(r): return math.pi * r * r
for i in range(3): area(1)
with mock.patch("math.pi", 3):
    print(area(1))
print(round(area(1), 5))
def calls(): return math.floor(2.5)
for i in range(5): calls()
with mock.patch.object(math, "floor", lambda v: "patched"):
    print(calls())
print(calls())
