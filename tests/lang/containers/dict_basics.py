# dict: creation, access, update, order, errors.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" not in d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict(zip("ab", range(2))))
print(dict(), {}, dict([]), dict(((1, 2),)))
del d["one"]
d["one"] = 1
print(list(d))
d["two"] = 22
print(d)
print(d.get("two"), d.get("zzz"), d.get("zzz", "dflt"))
print(d.setdefault("two", 0), d.setdefault("four", 4), d)
print(d.pop("four"), d.pop("nope", None), d)
print(d.popitem(), d)
attempt("missing", lambda: d["nope"])
attempt("pop missing", lambda: d.pop("nope"))
attempt("tuple key missing", lambda: {}[(1, 2)])
attempt("popitem empty", lambda: {}.popitem())
attempt("unhashable key", lambda: {[]: 1})
attempt("unhashable get", lambda: {}.get([]))
attempt("dict(1)", lambda: dict(1))
attempt("dict(1, 2)", lambda: dict(1, 2))
attempt("bad seq", lambda: dict([1]))
attempt("bad len", lambda: dict([(1, 2, 3)]))
attempt("bad len 2", lambda: dict([(1, 2), "abc"]))
attempt("update 2 args", lambda: {}.update(1, 2))
attempt("get no args", lambda: {}.get())
attempt("pop no args", lambda: {}.pop())
attempt("hash", lambda: hash({}))
attempt("order compare", lambda: {} < {})
e = {}
e.update({"a": 1})
e.update([("b", 2)], c=3)
e.update(d=4)
e.update()
print(e)
print({1: "a"} == {1: "a"}, {1: "a"} == {1: "b"}, {1: 1, 2: 2} == {2: 2, 1: 1}, {1: 1} != {1: 1.0})
print(1 in {1.0: "x"}, {True: "t"}[1], {1: "int"} | {1.0: "float"})
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c)
