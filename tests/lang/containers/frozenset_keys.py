# frozensets as dict keys and set members; hashing and equality.
edges = {}
def connect(a, b, w):
    edges[frozenset((a, b))] = w
connect("a", "b", 1)
connect("b", "a", 2)
connect("b", "c", 3)
print(len(edges), edges[frozenset(("a", "b"))], edges[frozenset({"c", "b"})])
groups = {frozenset([1, 2]): "low", frozenset([8, 9]): "high"}
print(groups[frozenset([2, 1])], frozenset([1, 2]) in groups, {1, 2} in [frozenset([1, 2])])
fs = frozenset([3, 1, 2])
print(fs, repr(frozenset()), fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {1, 7})
print(type(fs | {4}).__name__, type({4} | fs).__name__, type(fs.copy()).__name__, fs.copy() is fs)
print(frozenset(fs) is fs, hash(fs) == hash(frozenset([1, 2, 3])), hash(frozenset()))
print(hash(frozenset([1, 2])), hash(frozenset(range(10))), hash(frozenset([-1])))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(len(x) for x in nested), frozenset([1]) in nested)
power = {frozenset()}
for x in [1, 2, 3]:
    power |= {s | {x} for s in power}
print(len(power), sorted(sorted(s) for s in power))
class FS(frozenset):
    pass
f = FS([1, 2])
print(f, type(f.copy()).__name__, type(f | {3}).__name__)
class S(set):
    pass
print(S([3, 1]), type(S([1]) & {1}).__name__)
