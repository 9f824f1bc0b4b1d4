# dict methods, views, operators and their error messages.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, repr({}.keys()), {}.values(), {}.items())
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "z"}, {"a", "q"} & k, ["a", "b"] - k if False else None)
print(k & ["b", "x"], k | ("y",), k - "ab", k ^ iter(["c"]), "abq" & k if False else None)
print(sorted(i & {("a", 1), ("b", 9)}), sorted(i | {("z", 0)}), sorted(i - {("a", 1)}), sorted(i ^ {("a", 1), ("q", 1)}))
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 1)]), i.isdisjoint([("a", 2)]), k.isdisjoint(iter([])))
attempt("keys & int", lambda: k & 1)
attempt("keys | None", lambda: k | None)
attempt("int - keys", lambda: 1 - k)
attempt("values & set", lambda: v & {1})
attempt("isdisjoint int", lambda: k.isdisjoint(1))
attempt("items & unhashable", lambda: i & [([1], 2)])
attempt("items in unhashable", lambda: ([1], 2) in i)
print(type(k & set()), type(k | set()), type(k - set()), type(k ^ set()))
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], k != {"a"}, k < {"a", "b", "c", "d"}, k <= k, k > {"a"}, k >= {"a", "b", "c"})
print(i == {("a", 1), ("b", 2), ("c", 3)}, i < {("a", 1), ("b", 2), ("c", 3), 1}, v == v, v == d.values())
print("a" in k, "z" in k, ("a", 1) in i, ("a", 2) in i, 1 in v, 9 in v, "a" in i, ("a",) in i, ("a", 1, 2) in i)
print(len(k), len(v), len(i), list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(k.mapping, v.mapping, i.mapping, type(k.mapping).__name__)
attempt("mapping readonly", lambda: setattr(k, "mapping", {}))
print(type(reversed(d)).__name__, type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(k).__name__, type(v).__name__, type(i).__name__)
attempt("hash keys", lambda: hash(k))
attempt("views unhashable items", lambda: hash(i))
# | and |=
d1 = {"a": 1, "b": 2}
print(d1 | {"b": 3, "c": 4}, {"c": 4} | d1)
attempt("dict | list", lambda: d1 | [("x", 1)])
attempt("list | dict", lambda: [("x", 1)] | d1)
attempt("dict | None", lambda: d1 | None)
d2 = dict(d1)
d2 |= [("z", 26)]
print(d2)
d2 |= {"a": 0}
print(d2)
def ior_int():
    global d2
    d2 |= 5
attempt("|= int", ior_int)
def ior_bad():
    global d2
    d2 |= [(1,)]
attempt("|= bad pairs", ior_bad)
# fromkeys
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys({}))
print(dict.fromkeys({1: 2, 3: 4}, "v"), dict.fromkeys({5, 6}), dict.fromkeys(iter([9])))
attempt("fromkeys int", lambda: dict.fromkeys(1))
attempt("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
attempt("fromkeys noargs", lambda: dict.fromkeys())
attempt("fromkeys 3 args", lambda: dict.fromkeys(1, 2, 3))
class D(dict):
    pass
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab"))
# popitem, pop, setdefault, get
d = {1: "a", 2: "b", 3: "c"}
print(d.popitem(), d.popitem(), d)
d[9] = "z"
print(d.popitem(), d.popitem())
attempt("popitem empty", lambda: d.popitem())
attempt("popitem arg", lambda: d.popitem(1))
d = {1: 2}
attempt("pop missing", lambda: d.pop(5))
attempt("pop missing default", lambda: d.pop(5, None))
attempt("pop present", lambda: d.pop(1, "x"))
attempt("pop noargs", lambda: d.pop())
attempt("pop unhashable", lambda: d.pop([]))
attempt("pop unhashable default", lambda: d.pop([], 1))
attempt("pop tuple key missing", lambda: d.pop((1, 2)))
attempt("getitem tuple key missing", lambda: d[(1, 2)])
attempt("getitem empty tuple", lambda: {}[()])
attempt("getitem None", lambda: {}[None])
attempt("getitem str", lambda: {}["k"])
print(d.setdefault("x"), d.setdefault("x", 5), d.setdefault("y", []), d)
attempt("setdefault unhashable", lambda: d.setdefault([], 1))
attempt("setdefault noargs", lambda: d.setdefault())
print(d.get("x"), d.get("nope"), d.get("nope", 0))
attempt("get unhashable", lambda: d.get([]))
attempt("get noargs", lambda: d.get())
attempt("get kw", lambda: d.get(key=1))
# update
d = {}
d.update({"a": 1}, b=2)
d.update([("c", 3), ["d", 4], "ef"])
d.update(g=7)
d.update()
d.update(k.__class__ and {"h": 8}.items())
print(d)
attempt("update elem len 1", lambda: d.update([(1,)]))
attempt("update elem len 3", lambda: d.update([(1, 2), (1, 2, 3)]))
attempt("update elem not iterable", lambda: d.update([1]))
attempt("update elem str", lambda: d.update(["abc"]))
attempt("update int", lambda: d.update(5))
attempt("update two", lambda: d.update({}, {}))
attempt("dict elem len 1", lambda: dict([(1,)]))
attempt("dict elem int", lambda: dict([1, 2]))
attempt("dict int", lambda: dict(3))
attempt("dict two", lambda: dict({}, {}))
class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key * 2
print(dict(KeysOnly()), {}.update(KeysOnly()))
class BadKeys:
    def keys(self):
        return 5
attempt("keys not iterable", lambda: dict(BadKeys()))
print(dict(a=1, **{"b": 2}), dict({"a": 1}, a=2), dict([("a", 1)], a=3))
# comparisons
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: 2} == [(1, 2)])
attempt("dict <", lambda: {} < {})
attempt("dict <= ", lambda: {1: 2} <= {1: 2})
nan = float("nan")
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1})
# repr of recursive dicts
d = {}
d["self"] = d
print(d)
d = {"l": []}
d["l"].append(d)
print(d, repr({1: {2: {}}}))
d = {1: 2}
print(repr(d.keys()), repr(d.items()), repr(d.values()))
d = {}
d[1] = d.keys()
print(d)
d = {}
d[1] = d.values()
print(d)
# iteration errors
d = {1: 1, 2: 2}
def grow():
    for key in d:
        d[key + 10] = 0
attempt("changed size", grow)
d = {1: 1, 2: 2}
def swap():
    for key in d:
        del d[key]
        d[key + 100] = 0
attempt("keys changed", swap)
d = {1: 1, 2: 2}
def vals():
    for x in d.values():
        d.pop(2, None)
        d[3] = 3
attempt("values keys changed", vals)
d = {1: 1, 2: 2}
def items():
    for x in d.items():
        d.clear()
attempt("items size changed", items)
d = {1: 1, 2: 2}
def rev():
    for x in reversed(d):
        d[99] = 0
attempt("reversed changed", rev)
d = {1: 1, 2: 2}
def modvalue():
    for key in d:
        d[key] = "v"
    return d
attempt("modifying values is fine", modvalue)
# misc
d = {1: 2}
print(d.copy(), d.clear(), d, len({1: 2, 1.0: 3, True: 4}), {1: 2, 1.0: 3, True: 4})
attempt("dict hash", lambda: hash({}))
attempt("unhashable key", lambda: {[]: 1})
attempt("unhashable set", lambda: {}.__setitem__({}, 1))
attempt("del missing", lambda: {}.__delitem__("x"))
print(list(iter({3: 1, 1: 2, 2: 3})), {}.__contains__(1), 1 in {1: 2}, {1: 2}.__len__())
attempt("contains unhashable", lambda: [] in {})
print(dict.__class_getitem__(int), dict[str, int])
attempt("keys arg", lambda: {}.keys(1))
it = iter({1: 2, 3: 4})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(iter({1: 2}.items()).__length_hint__(), len(list(iter({}.values()))))
