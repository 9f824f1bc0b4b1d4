# The cycle collector must see attributes kept inline: cycles through them,
# a __dict__ made, replaced or deleted midway, resurrection by __del__.
import gc
class N:
    def __init__(self, i):
        self.i = i
        self.other = None
saved = []
class R:
    def __del__(self):
        self.resurrected = True
        saved.append(self)
for round in range(3):
    nodes = [N(i) for i in range(2000)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.other = b
        a.self_ref = a
    for k, n in enumerate(nodes):
        if k % 3 == 0:
            n.__dict__
        if k % 5 == 0:
            del n.i
        if k % 7 == 0:
            n.__dict__ = {"x": n}
        if k % 11 == 0:
            del n.__dict__
    r = R(); r.me = r; r.data = [r]
    del nodes, r
    print(gc.collect() > 0)
print(len(saved), saved[0].resurrected, sorted(vars(saved[0])))
class M:
    pass
objs = []
for i in range(100):
    m = M()
    for j in range(i % 40):
        setattr(m, "a%d" % j, [m])
    objs.append(m)
del objs
print(gc.collect() > 0)
class D:
    def __del__(self):
        self.x = 1
        del self.x
        self.y = self
d = D(); d.z = d
del d
gc.collect()
print("ok")
