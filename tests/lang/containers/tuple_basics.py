# tuple packing/unpacking, comparisons, methods, errors.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

t = 1, 2, 3
print(t, type(t).__name__, (1,), (), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
a, b, c = t
print(a, b, c)
first, *rest = t
print(first, rest)
*init, last = "hello"
print(init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
a, b = b, a
print(a, b)
print(t + (4,), t * 2, 2 * (), (0,) * 3)
print(t[0], t[-1], t[1:], t[::-1], t[5:], t[::2])
print(t.count(2), t.index(3), (1, 2, 1).index(1, 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1.0, 2.0), () < (0,))
print(2 in t, 9 not in t, len(t), max(t), min(t), sum(t))
attempt("index", lambda: t.index(9))
attempt("assign", lambda: t.__setitem__(0, 5))
attempt("item", lambda: t[5])
attempt("concat list", lambda: t + [4])
attempt("mul str", lambda: t * "2")
attempt("compare str", lambda: (1,) < ("a",))
attempt("tuple(1, 2)", lambda: tuple(1, 2))
attempt("tuple(5)", lambda: tuple(5))
attempt("unpack few", lambda: [(p, q) for p, q in [(1, 2, 3)]])
attempt("float index", lambda: t[1.0])
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((None,)) == hash((None,)), hash(("a",)) == hash(("a",)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((-1,)), hash((0,)))
attempt("unhashable", lambda: hash((1, [2])))
print(repr((1, "a", None, (2,))), str(((),)))
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
empty = ()
print(t is tuple(t), empty is tuple(), t[:] is t)
