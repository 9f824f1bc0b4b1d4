# dicts keep insertion order through updates, deletions and growth.
d = {}
for i in range(20):
    d[i * 7 % 20] = i
print(list(d))
for k in [0, 7, 14]:
    del d[k]
d[0] = "back"
print(list(d))
d[7] = "also back"
print(list(d.items())[-3:])
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 3):
    del big[str(i)]
keys = list(big)
print(len(big), keys[:5], keys[-5:])
print(all(int(keys[i]) < int(keys[i + 1]) for i in range(len(keys) - 1)))
d2 = {"b": 1, "a": 2}
d2["b"] = 3
print(d2)
print(list(reversed(d2)), list(reversed(d2.values())), list(reversed(d2.items())))
merged = {"x": 1, "y": 2} | {"y": 20, "z": 30}
print(merged)
merged |= {"w": 0, "x": 10}
print(merged)
merged |= [("pair", 1)]
print(merged)
print({**{"a": 1}, **{"b": 2}, "a": 3})
sq = {n: n * n for n in range(6)}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
print({k: v for k, v in sq.items() if v % 2})
while d2:
    print("popitem", d2.popitem())
