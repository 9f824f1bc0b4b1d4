# __class__ assigned inside __del__ (and between layouts that differ only in
# how they hold __dict__): deallocation releases the class the object has then.
import gc
class J(object):
    __slots__ = ["c", "b"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
for cls, cls2 in ((Q, R), (R, Q)):
    x = cls()
    x.a = 1
    x.__class__ = cls2
    print(x.a)
    x.__class__ = cls
    print(x.a)
    del x
    gc.collect()
print("part2")
class O(object):
    pass
class A(object):
    def __del__(self):
        self.__class__ = O
l = [A() for x in range(100)]
del l
gc.collect()
print("done")
