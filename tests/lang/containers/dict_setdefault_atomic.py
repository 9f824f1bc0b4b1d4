# dict.setdefault hashes and compares once: the new key goes where the
# lookup stopped (bpo-13521).
class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
print(y.setdefault(hashed2, []), len(y))
print(hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count)
d = {}
for i in range(100):
    d.setdefault(i, []).append(i)
    d.setdefault("k%d" % i, i)
print(len(d), d[5], d["k7"])
class O: pass
o = O()
o.a = 1
o.__dict__.setdefault("b", 2)
o.__dict__.setdefault(3, 4)
print(o.__dict__)
