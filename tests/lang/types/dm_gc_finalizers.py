import gc
class Node:
    def __init__(self, name): self.name = name; self.ref = None
    def __del__(self): print("del", self.name, "ref:", self.ref.name if self.ref else None)
a, b, c = Node("a"), Node("b"), Node("c")
a.ref, b.ref, c.ref = b, c, a
del a, b, c
print("collect", gc.collect() >= 3)
print("garbage", gc.garbage)
class Resurrector:
    saved = None
    def __init__(self): self.me = self
    def __del__(self):
        print("resurrecting")
        Resurrector.saved = self
r = Resurrector(); del r
print("collect2", gc.collect() >= 0, Resurrector.saved is not None)
Resurrector.saved.me = None
Resurrector.saved = None
print("collect3", gc.collect() >= 0)
class NoDel:
    def __init__(self): self.me = self
n = NoDel(); del n
print("collect4", gc.collect() >= 1)
print(gc.isenabled(), gc.get_threshold()[0] > 0)
