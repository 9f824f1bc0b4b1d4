# keys/values/items views: live, set-like, reversible.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, "x" in k)
d["d"] = 4
print(k, list(v), list(i)[-1])
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("b", 9)}), sorted(i - {("a", 1)}))
print(sorted({"b", "x"} & k), sorted(["a", "y"] - k))
print(k == {"a", "b", "c", "d"}, k < {"a", "b", "c", "d", "e"}, k >= {"a"}, k != {"a"})
print(i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 1)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping["a"], type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
attempt("values eq", lambda: v == v)
attempt("values and", lambda: v & {1})
attempt("hash keys", lambda: hash(k))
it = iter(k)
print(next(it), it.__length_hint__())
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
nested = {1: {2: 3}}
print(nested.items(), nested.values())
nums = {i * 7: i for i in range(12)}
print(nums.keys() | {100}, {100, 200} | nums.keys(), nums.keys() ^ {14, 100})
print(nums.keys() - {7}, [1, 2] - nums.keys(), nums.keys() & {0, 7, 999}, nums.items() & {(0, 0)})
