# Shallow copies of containers and how aliasing shows.
orig = {"nums": [1, 2], "tag": "x"}
shallow = orig.copy()
shallow["nums"].append(3)
shallow["tag"] = "y"
print(orig, shallow)
deep = {k: (v[:] if isinstance(v, list) else v) for k, v in orig.items()}
deep["nums"].append(4)
print(orig["nums"], deep["nums"])
lst = [[1], [2]]
c1 = lst[:]
c2 = list(lst)
c3 = lst.copy()
c4 = [x[:] for x in lst]
lst[0].append(9)
print(c1, c2, c3, c4, c1 is lst, c1[0] is lst[0])
s = {1, 2}
t = s.copy()
t.add(3)
print(s, t)
tup = (1, [2])
tup2 = tuple(tup)
print(tup2 is tup, tuple(list(tup)) is tup)
d = dict.fromkeys("ab", [])
d["a"].append(1)
print(d)
d2 = {k: [] for k in "ab"}
d2["a"].append(1)
print(d2)
