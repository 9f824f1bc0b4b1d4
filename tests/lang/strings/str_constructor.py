# str() with objects, encodings and errors; str subclasses.
print(str(), str(42), str(-1.5), str(True), str(None), str([1, "a"]), str({"k": "v"}), str(b"x"), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"x\xffy", errors="replace"), str(object=b"obj"))
print(str(bytearray(b"ba"), "ascii"), str(memoryview(b"mv"), "utf-8"), str(b"a", encoding="utf-8", errors="strict"))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), type(n).__name__, isinstance(n, str), n == "bob", len(n), n + "by", type(n + "by").__name__)
print(str(n), type(str(n)).__name__, n.upper(), type(n.upper()).__name__, n[0], type(n[1:]).__name__, repr(n))
print({n: 1}["bob"], hash(n) == hash("bob"), n.replace("b", "B"), "%s" % n if False else n.title())
class WithStr:
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "WithStr()"
print(str(WithStr()), repr(WithStr()), "{}".format(WithStr()), "{!r}".format(WithStr()))
for bad in [lambda: str("a", "utf-8"), lambda: str(1, "utf-8"), lambda: str(b"a", "nope"), lambda: str(b"\xff", "ascii"),
            lambda: str(b"a", 1), lambda: str(b"a", "utf-8", "strict", 4), lambda: str(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
