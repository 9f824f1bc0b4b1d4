# sys.getsizeof of an instance's __dict__: CPython 3.11 makes it a split
# dict sharing the class's keys and the instance's values array, so its
# size counts one word per usable shared key and not the keys themselves.
import sys


class A:
    pass


print(sys.getsizeof(A()))
print("first dict", sys.getsizeof(A().__dict__))
a = A()
a.x = 1
print("one attribute", sys.getsizeof(a.__dict__), a.__dict__.__sizeof__())


class C:
    def __init__(self):
        self.x = 1
        self.y = 2


c1 = C()
c2 = C()
print("two instances", sys.getsizeof(c1.__dict__), sys.getsizeof(c2.__dict__))
c3 = C()
d = c3.__dict__
print("made", sys.getsizeof(d))
d["q"] = 1
print("new str key", sys.getsizeof(d))
d[1] = 2
print("int key", sys.getsizeof(d))
c4 = C()
del c4.x
print("after del", sys.getsizeof(c4.__dict__))
c5 = C()
c5.__dict__ = {"a": 1}
print("assigned", sys.getsizeof(c5.__dict__), sys.getsizeof(c5))


class B:
    pass


b = B()
for i in range(40):
    setattr(b, "a%d" % i, i)
print("forty", sys.getsizeof(b.__dict__))
print("after forty", sys.getsizeof(B().__dict__))


class L(list):
    pass


L()
print("list subclass", sys.getsizeof(L().__dict__))
