# Slice assignment, extended slices and their errors; tuples.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

def assign(s, v):
    L = list(range(8))
    L[s] = v
    return L

for s, v in [
    (slice(1, 3), "ab"), (slice(1, 3), []), (slice(1, 1), [9, 9]), (slice(5, 2), [7]),
    (slice(None), [1]), (slice(-2, None), range(4)), (slice(100, 200), [1]),
    (slice(None, None, 2), "abcd"), (slice(1, None, 2), (10, 11, 12, 13)),
    (slice(None, None, -1), range(8)), (slice(6, 0, -2), "xyz"),
    (slice(None, None, 3), [0, 0, 0]), (slice(0, 0, 2), []), (slice(0, 8, 1), [1, 2]),
    (slice(2, 5, None), iter([4, 4])), (slice(None, None, 2), (x for x in "wxyz")),
    (slice(-100, 100, 2), "ABCD"), (slice(10**30, -10**30, -3), "pqr"),
]:
    attempt("assign %r %r" % (s, v if not hasattr(v, '__next__') else 'iter'), lambda: assign(s, v))

attempt("ext size", lambda: assign(slice(None, None, 2), [1, 2, 3]))
attempt("ext size 2", lambda: assign(slice(1, 5, 2), [1, 2, 3]))
attempt("ext size 0", lambda: assign(slice(0, 0, 2), [1]))
attempt("step 0", lambda: assign(slice(None, None, 0), []))
attempt("not iterable", lambda: assign(slice(1, 2), 5))
attempt("ext not iterable", lambda: assign(slice(1, 5, 2), 5))
attempt("assign int idx", lambda: assign(20, 1))
attempt("assign neg idx", lambda: assign(-9, 1))
attempt("assign str idx", lambda: assign("a", 1))
attempt("assign float idx", lambda: assign(1.5, 1))
attempt("assign None", lambda: assign(None, 1))
# self-assignment
L = [1, 2, 3]
L[1:2] = L
print(L)
L = [1, 2, 3, 4]
L[::2] = L[1::2]
print(L)
L = [1, 2, 3, 4]
L[::-1] = L
print(L)
L = [1, 2, 3]
L[:] = L
print(L)
# subscript read
L = list(range(10))
print(L[::3], L[::-3], L[-3:], L[:-3], L[5:2], L[10**30:], L[-10**30:2], L[3:8:-1])
print(L[True], L[-1], L[slice(2, None, 4)])
attempt("getitem oob", lambda: L[10])
attempt("getitem neg oob", lambda: L[-11])
attempt("getitem huge", lambda: L[10**30])
attempt("getitem str", lambda: L["x"])
attempt("getitem float", lambda: L[1.0])
attempt("getitem tuple", lambda: L[1, 2])
attempt("slice str", lambda: L["a":])
attempt("slice float", lambda: L[:2.0])
class I:
    def __index__(self):
        return 2
print(L[I()], L[I():I()+0 if False else 5], L[:I()])
# tuples
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(3, -2))
attempt("tuple index missing", lambda: t.index(9))
attempt("tuple index range", lambda: t.index(1, 1))
attempt("tuple + list", lambda: t + [1])
attempt("tuple + str", lambda: t + "a")
attempt("tuple + None", lambda: t + None)
attempt("list + tuple", lambda: [1] + t)
attempt("tuple * float", lambda: t * 1.5)
attempt("tuple huge repeat", lambda: t * (2**62))
attempt("tuple setitem", lambda: t.__setitem__(0, 1))
attempt("tuple getitem oob", lambda: t[4])
attempt("tuple getitem str", lambda: t["a"])
print(repr((1,)), repr(()), repr(((),)), repr((1, (2,))), (1,) * 3, 0 * (1,), t[::-1], t[1:3])
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
print(hash((1,)), hash(()), hash((1, 2, 3)), hash(("a",)) == hash(("a",)), hash((1.0, True)) == hash((1, 1)))
print(hash((-1,)), hash((None,)) == hash((None,)), hash(((1, 2), (3,))))
attempt("tuple hash list", lambda: hash((1, [2])))
attempt("tuple hash dict", lambda: hash(({},)))
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2), (1, 2) != (1, 2.0), () < (0,), (2,) > (1, 9))
attempt("tuple < list", lambda: (1,) < [1])
attempt("tuple < str item", lambda: (1,) < ("a",))
print(tuple(), tuple("ab"), tuple([1]), tuple(range(3)), tuple(x for x in (1, 2)))
attempt("tuple int", lambda: tuple(1))
attempt("tuple kw", lambda: tuple(x=1))
a = (1, 2)
print(tuple(a) is a, a[:] is a, a * 1 is a, a + () is a, () + a is a)
class T(tuple):
    pass
print(type(T((1,)) + (2,)), type(T((1,))[:]), type(T((1,)) * 1), repr(T((1, 2))))
L = [1]
tt = (L,)
L.append(tt)
print(tt)
print(len(()), bool(()), bool((0,)), 2 in (1, 2), (1, 2).__getnewargs__())
