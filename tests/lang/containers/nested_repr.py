# reprs of nested and self-referencing containers.
a = [1, 2]
a.append(a)
print(a, repr(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
s = [{"x": (1, [2, {3}])}, frozenset(), set(), (), ((),), [[]]]
print(s)
print(repr("q"), [repr("q")], {"a": "b"}, [None, True, 1.5, -0.0, 1e100])
x = []
y = [x]
x.append(y)
print(x, y)
v = {1: [2]}
v[1].append(v)
print(v, v.keys(), v.values(), v.items())

class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []
    def __repr__(self):
        return f"Node({self.name}, {self.kids})"

root = Node("root")
root.kids.append(Node("leaf"))
print(root, [root])
print(str([1, "a"]), str((1, "a")), str({1: "a"}), str({"a"}))
print([range(3), slice(1, 2), Ellipsis, ...], repr(slice(None)), slice(1, None, -1))
