# Argument errors of the iterator and reducing builtins: which check comes
# first decides the message (counts, then names), as in CPython.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
attempt("a", lambda: sum(foo=1))
attempt("b", lambda: sum([1], foo=1))
attempt("c", lambda: sum(start=1))
attempt("d", lambda: sum([1], 2, start=1))
attempt("e", lambda: sum([1], 2, foo=1))
attempt("f", lambda: sum(iterable=[1], start=0))
attempt("g", lambda: min(foo=1))
attempt("h", lambda: min([1], foo=1))
attempt("i", lambda: max(key=len))
attempt("j", lambda: max(1, 2, foo=3))
attempt("k", lambda: max(1, 2, default=3, foo=3))
attempt("l", lambda: min([], default=1, key=None, x=1))
attempt("m", lambda: sorted(foo=1))
attempt("n", lambda: sorted([], foo=1))
attempt("o", lambda: sorted(key=len))
attempt("p", lambda: sorted([], [], key=len))
attempt("q", lambda: next(default=1))
attempt("r", lambda: iter(x=1))
attempt("s", lambda: all(x=1))
attempt("t", lambda: map(func=1))
attempt("u", lambda: filter(x=1))
attempt("v", lambda: enumerate(x=1))
attempt("w", lambda: enumerate([], 1, start=2))
attempt("x", lambda: enumerate(start=2))
attempt("y", lambda: zip(strict=True, x=1))
attempt("z", lambda: reversed())
attempt("A", lambda: sum([1], start=2, foo=3))
attempt("B", lambda: sum([], 1, 2))
attempt("C", lambda: sum([], 1, start=2))
def attempt_list(label, f):
    try:
        r = f()
        print(label, "->", list(r) if not isinstance(r, (int, str, type(None))) else r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class E(enumerate):
    pass
for cls in (enumerate, E):
    n = cls.__name__
    attempt_list(n + " 0", lambda: cls())
    attempt_list(n + " start only", lambda: cls(start=2))
    attempt_list(n + " iterable kw", lambda: cls(iterable="ab"))
    attempt_list(n + " both kw", lambda: cls(iterable="ab", start=3))
    attempt_list(n + " both kw rev", lambda: cls(start=3, iterable="ab"))
    attempt_list(n + " pos + start", lambda: cls("ab", start=5))
    attempt_list(n + " pos + iterable", lambda: cls("ab", iterable="x"))
    attempt_list(n + " pos + foo", lambda: cls("ab", foo=1))
    attempt_list(n + " foo", lambda: cls(foo=1))
    attempt_list(n + " foo bar", lambda: cls(foo=1, bar=2))
    attempt_list(n + " iterable foo", lambda: cls(iterable=1, foo=2))
    attempt_list(n + " start foo", lambda: cls(start=1, foo=2))
    attempt_list(n + " 3 kw", lambda: cls(a=1, b=2, c=3))
    attempt_list(n + " 3 pos", lambda: cls(1, 2, 3))
    attempt_list(n + " 2 pos 1 kw", lambda: cls("a", 2, start=3))
    attempt_list(n + " 2 pos", lambda: cls("ab", 7))
    attempt_list(n + " 1 pos", lambda: cls("ab"))
    attempt_list(n + " 4 args", lambda: cls("a", 1, a=1, b=2))
# zip with three error messages and argument positions
attempt("z1", lambda: list(zip([1], [], strict=True)))
attempt("z2", lambda: list(zip([], [1], strict=True)))
attempt("z3", lambda: list(zip([1], [1], [], strict=True)))
attempt("z4", lambda: list(zip([1], [1], [1, 2], strict=True)))
attempt("z5", lambda: list(zip([1, 2], [1], [1, 2], strict=True)))
attempt("z6", lambda: list(zip([], [], [1], strict=True)))
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
attempt("z7", lambda: list(zip([1], Boom(), strict=True)))
attempt("z8", lambda: list(zip([], Boom(), strict=True)))
# map/filter/zip laziness and re-entrancy
it = map(lambda x: next(it, "reentrant"), range(3)) if False else None
# sum with start keyword
print(sum([1, 2], start=3), sum(start=0, iterable=[]) if False else None)
attempt("sum iterable kw", lambda: sum(iterable=[1]))
attempt("sorted iterable kw", lambda: sorted(iterable=[1]))
attempt("min iterable kw", lambda: min(iterable=[1]))
# next/iter with generators
g = (x for x in [1])
print(next(g), next(g, "done"), list(g))
# enumerate reuse of tuple
e = enumerate("abc")
a = next(e); b = next(e)
print(a, b, a is b)
# all/any short circuit with iterators
it = iter([1, 0, 1, 1])
print(all(it), list(it))
it = iter([0, 1, 0, 0])
print(any(it), list(it))
# range slice of range
r = range(1, 100, 7)
print(r[2:10:3], r[::-1][::-1] == r, r[-1:-5:-2], len(r[5:2]))
print(range(5).__contains__(2.0), range(5).count(2.0), 2.5 in range(5), True in range(1, 2))
class IntLike:
    def __eq__(self, o): return o == 3
    __hash__ = None
print(IntLike() in range(5), range(5).count(IntLike()), range(5).index(IntLike()))
print(list(map(len, ["a", "bb"])), list(filter(None, range(-2, 3))), tuple(reversed(range(-3, 0))))
# list.extend with self-iterator and list(x) where x mutates
L = [1, 2, 3]
L.extend(iter(L)) if False else None
L += L
print(L)
L = [1, 2]
L[len(L):] = L
print(L)
L = [1, 2, 3]
L.extend(x for x in L if len(L) < 10) if False else None
# setdefault etc. on dict subclass
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        dict.__setitem__(self, k, v)
d = D()
d.setdefault("a", 1)
d.update(b=2)
d |= {"c": 3}
d["d"] = 4
print(d, dict.fromkeys.__func__ if False else None)
print(D.fromkeys("xy"))
