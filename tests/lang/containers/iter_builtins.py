# enumerate, zip, map, filter, reversed, iter, next and their errors.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate("ab", start=-2)), list(enumerate([], 3)))
print(list(enumerate("ab", 2**70)), list(enumerate("ab", True)), list(enumerate(iterable="x", start=1)))
e = enumerate("abc", 2**63 - 2)
print(next(e), next(e), next(e))
attempt("enumerate float", lambda: enumerate("a", 1.5))
attempt("enumerate str start", lambda: enumerate("a", "b"))
attempt("enumerate int", lambda: enumerate(5))
attempt("enumerate none", lambda: enumerate())
attempt("enumerate 3", lambda: enumerate(1, 2, 3))
attempt("enumerate bad kw", lambda: enumerate("a", begin=2))
class I:
    def __index__(self):
        return 7
print(list(enumerate("a", I())), type(enumerate("a")).__name__, enumerate("a").__reduce__()[1][1])
attempt("enumerate length_hint", lambda: enumerate([1, 2]).__length_hint__())
# zip
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")))
print(list(zip("ab", [1, 2], strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
attempt("zip strict shorter 2", lambda: list(zip("abc", [1, 2], strict=True)))
attempt("zip strict longer 2", lambda: list(zip("ab", [1, 2, 3], strict=True)))
attempt("zip strict longer 3", lambda: list(zip("ab", "cd", [1, 2, 3], strict=True)))
attempt("zip strict shorter 3", lambda: list(zip("abc", "cde", [1, 2], strict=True)))
attempt("zip strict 1-2 of 3", lambda: list(zip("abc", "c", [1, 2, 3], strict=True)))
attempt("zip int", lambda: zip("a", 1))
attempt("zip int first", lambda: zip(1))
attempt("zip bad kw", lambda: zip("a", fast=True))
print(list(zip("ab", "cd", strict=False)), list(zip("ab", strict=0)))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
def gen(n, tag):
    for i in range(n):
        yield tag + str(i)
    print("end", tag)
print(list(zip(gen(2, "a"), gen(3, "b"))))
print(list(zip(gen(3, "a"), gen(2, "b"))))
attempt("zip strict gen", lambda: list(zip(gen(3, "a"), gen(2, "b"), strict=True)))
print(len(zip("a", "b").__reduce__()[1]), type(zip()).__name__)
zz = zip("ab", "cd", strict=True)
print(zz.__reduce__()[2] if len(zz.__reduce__()) > 2 else None)
# map
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
attempt("map one arg", lambda: map(str))
attempt("map no args", lambda: map())
attempt("map int", lambda: map(str, 1))
attempt("map second int", lambda: map(str, [1], 1))
attempt("map kw", lambda: map(str, [1], x=1))
attempt("map not callable", lambda: list(map(5, [1])))
attempt("map raising", lambda: list(map(lambda x: 1 / x, [1, 0])))
print(list(map(None.__class__.__bool__, [None])), type(map(str, [])).__name__)
# filter
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])), list(filter(lambda x: x % 2, range(7))))
print(list(filter(bool, [0, 1])), list(filter(None, ())), list(filter(str.isdigit, "a1b2")))
attempt("filter one", lambda: filter(None))
attempt("filter int", lambda: filter(None, 5))
attempt("filter kw", lambda: filter(None, [], x=1))
attempt("filter not callable", lambda: list(filter(5, [1])))
class BadBool:
    def __bool__(self):
        raise ValueError("bad bool")
attempt("filter bad bool", lambda: list(filter(None, [BadBool()])))
attempt("filter key bad bool", lambda: list(filter(lambda x: x, [BadBool()])))
# reversed
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(reversed([1, 2])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class RevNone(Seq):
    __reversed__ = None
attempt("reversed None", lambda: reversed(RevNone()))
class NoLen:
    def __getitem__(self, i):
        return i
attempt("reversed no len", lambda: reversed(NoLen()))
class NoGet:
    def __len__(self):
        return 1
attempt("reversed no getitem", lambda: reversed(NoGet()))
attempt("reversed int", lambda: reversed(5))
attempt("reversed set", lambda: reversed({1}))
attempt("reversed gen", lambda: reversed(x for x in []))
attempt("reversed two", lambda: reversed([], []))
attempt("reversed kw", lambda: reversed(seq=[]))
class BadLen(Seq):
    def __len__(self):
        return -1
attempt("reversed bad len", lambda: reversed(BadLen()))
class Short(Seq):
    def __len__(self):
        return 5
attempt("reversed short", lambda: list(reversed(Short())))
r = reversed(Seq())
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__(), type(r).__name__)
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), type(reversed("ab")).__name__, type(reversed((1,))).__name__)
L = [1, 2, 3]
r = reversed(L)
next(r)
L.clear()
print(list(r))
d = {"a": 1}
print(type(reversed(d)).__name__)
# iter / next
it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"), next(it, None))
attempt("next exhausted", lambda: next(it))
attempt("next non-iterator", lambda: next([1]))
attempt("next int", lambda: next(1))
attempt("next 3 args", lambda: next(it, 1, 2))
attempt("next kw", lambda: next(it, default=2))
attempt("iter int", lambda: iter(5))
attempt("iter none", lambda: iter(None))
attempt("iter sentinel non-callable", lambda: iter(5, 1))
attempt("iter no args", lambda: iter())
attempt("iter 3", lambda: iter(1, 2, 3))
n = [0]
def counter():
    n[0] += 1
    return n[0]
ci = iter(counter, 4)
print(list(ci), list(ci), type(ci).__name__, n)
def raiser():
    raise StopIteration
print(list(iter(raiser, 1)))
def ie():
    raise IndexError("ie")
attempt("callable raising IndexError", lambda: list(iter(ie, 1)))
class Eq:
    def __eq__(self, o):
        raise RuntimeError("eq")
attempt("sentinel eq raising", lambda: list(iter(lambda: 1, Eq())))
class OldSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
si = iter(OldSeq())
print(type(si).__name__, list(si), list(si), list(OldSeq()))
class StopSeq:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(StopSeq()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
attempt("iter None", lambda: iter(IterNone()))
class IterBad:
    def __iter__(self):
        return 5
attempt("iter returns int", lambda: iter(IterBad()))
class IterNoNext:
    def __iter__(self):
        return self
attempt("iter no next", lambda: iter(IterNoNext()))
it = iter([1, 2, 3])
print(it.__length_hint__(), list(it), it.__length_hint__())
it = iter([4, 5, 6])
next(it)
print(it.__reduce__()[1:], type(it).__name__, type(iter(b"")).__name__, type(iter(())).__name__)
it = iter((4, 5, 6))
next(it)
print(it.__reduce__()[1:])
it = reversed([4, 5, 6])
next(it)
print(it.__reduce__()[1:])
it = iter(range(3, 9))
next(it)
print(it.__reduce__()[1:])
it = enumerate("ab", 3)
next(it)
print(it.__reduce__()[1][1])
it = iter(OldSeq())
next(it)
print(type(it.__reduce__()[1][0]).__name__, it.__reduce__()[2])
list(it)
print(it.__reduce__()[1:])
it = iter({1: 2})
print(it.__reduce__()[1:])
it = iter({1})
print(it.__reduce__()[1:])
it = iter([1, 2])
it.__setstate__(1)
print(list(it))
it = iter([1, 2])
list(it)
print(it.__reduce__()[1:])
it = reversed(Seq())
next(it)
print(type(it.__reduce__()[1][0]).__name__, it.__reduce__()[2], it.__reduce__()[0] is reversed)
list(it)
print(it.__reduce__()[1:])
for it in (iter((1,)), reversed([1]), iter(range(1)), iter(range(2**70, 2**70 + 1)), iter({1}), iter({1: 2}), iter({1: 2}.items())):
    r0 = it.__reduce__()
    list(it)
    print(r0[0] is iter or r0[0] is reversed, r0[1:], it.__reduce__()[1:])
it = iter(range(0, 10, 3))
print(it.__reduce__()[1:])
it = iter(range(10, -5, -4))
next(it)
print(it.__reduce__()[1:])
it = iter(range(2**70, 2**70 + 50, 7))
next(it)
print(it.__reduce__()[1:])
d = {1: 2, 3: 4}
it = iter(d.values())
next(it)
print(it.__reduce__()[1:], list(it))
it = reversed(d.items())
print(it.__reduce__()[1:], next(it))
s = {1, 2, 3}
it = iter(s)
next(it)
print(it.__reduce__()[1:], list(it))
s = {1, 2}
it = iter(s)
s.add(3)
attempt("set iter reduce changed", lambda: it.__reduce__())
d = {1: 2}
it = iter(d)
d[3] = 4
attempt("dict iter reduce changed", lambda: it.__reduce__())
n = [0]
def counter():
    n[0] += 1
    return n[0]
ci = iter(counter, 3)
r = ci.__reduce__()
print(r[0] is iter, r[1][0] is counter, r[1][1])
list(ci)
print(ci.__reduce__()[1:])
