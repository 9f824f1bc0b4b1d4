# Keys that compare equal are the same key: 1, 1.0, True; custom hashes.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {0: "zero", False: "false", 0.0: "fz", "0": "str"}
print(e)
print({(1, 2): "a"}[(1.0, 2.0)], {frozenset([1]): 1}[frozenset([1.0])])

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"

k = {Key("Alpha"): 1}
k[Key("ALPHA")] = 2
k[Key("beta")] = 3
print(k, Key("alpha") in k, k[Key("BETA")])

class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return f"C{self.v}"

c = {Collide(i): i for i in range(20)}
print(len(c), c[Collide(7)], Collide(19) in c, Collide(20) in c)
for i in range(0, 20, 2):
    del c[Collide(i)]
print(list(c), c.get(Collide(5)))
s = {Collide(i) for i in range(10)}
print(len(s), Collide(3) in s)
nan = float("nan")
n = {nan: 1}
print(n[nan], float("nan") in n)
print({-1: "a", -2: "b"}, hash(-1), hash(-2))
