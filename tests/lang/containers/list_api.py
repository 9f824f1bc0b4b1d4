# Every list method and its error messages.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

L = [1, 2, 3, 2, 1, 2]
attempt("index", lambda: L.index(2))
attempt("index start", lambda: L.index(2, 2))
attempt("index start stop", lambda: L.index(2, 2, 4))
attempt("index neg start", lambda: L.index(2, -3))
attempt("index neg stop", lambda: L.index(1, 0, -1))
attempt("index huge", lambda: L.index(2, -10**30, 10**30))
attempt("index missing", lambda: L.index(9))
attempt("index missing range", lambda: L.index(1, 1, 4))
attempt("index empty range", lambda: L.index(1, 4, 2))
attempt("index bad start", lambda: L.index(1, "a"))
attempt("index float start", lambda: L.index(1, 1.0))
attempt("index no args", lambda: L.index())
attempt("index too many", lambda: L.index(1, 2, 3, 4))
attempt("index None start", lambda: L.index(1, None))
class Idx:
    def __index__(self):
        return 3
attempt("index __index__", lambda: L.index(2, Idx()))
attempt("count", lambda: L.count(2))
attempt("count none", lambda: L.count(None))
attempt("count nan", lambda: [float("nan")].count(float("nan")))
nan = float("nan")
attempt("count same nan", lambda: [nan, nan].count(nan))
attempt("count no arg", lambda: L.count())
attempt("remove", lambda: (L.remove(2), L)[1])
attempt("remove missing", lambda: L.remove(9))
attempt("remove none", lambda: [].remove(None))
attempt("remove noarg", lambda: [].remove())
L = [1, 2, 3]
attempt("pop", lambda: (L.pop(), L))
attempt("pop 0", lambda: (L.pop(0), L))
attempt("pop -1", lambda: (L.pop(-1), L))
attempt("pop empty", lambda: L.pop())
attempt("pop empty idx", lambda: L.pop(0))
L = [1, 2, 3]
attempt("pop out of range", lambda: L.pop(3))
attempt("pop -4", lambda: L.pop(-4))
attempt("pop huge", lambda: L.pop(10**30))
attempt("pop str", lambda: L.pop("1"))
attempt("pop float", lambda: L.pop(1.0))
attempt("pop two", lambda: L.pop(1, 2))
L = [1, 2, 3]
for where in (0, -1, 100, -100, 2, -2):
    M = list(L)
    M.insert(where, "x")
    print("insert", where, M)
attempt("insert huge", lambda: L.insert(10**30, 1))
attempt("insert huge neg", lambda: L.insert(-10**30, 1))
attempt("insert one arg", lambda: L.insert(1))
attempt("insert str", lambda: L.insert("a", 1))
attempt("insert three", lambda: L.insert(1, 2, 3))
# append / extend
L = []
L.append(L)
print(L, len(L))
L = [1, 2]
L.extend(L)
print(L)
L.extend(iter([5, 6]))
print(L)
L.extend(x for x in "ab")
print(L)
L.extend((7,))
L.extend({8: 0})
L.extend(range(2))
L.extend("")
print(L)
attempt("extend int", lambda: L.extend(5))
attempt("extend None", lambda: L.extend(None))
def gen():
    yield 1
    raise ValueError("mid")
M = [0]
attempt("extend raising", lambda: M.extend(gen()))
print(M)
class LH:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return 1000
print([].__class__(LH()))
class BadLH:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return -1
attempt("negative length hint", lambda: list(BadLH()))
class StrLH(BadLH):
    def __length_hint__(self):
        return "x"
attempt("str length hint", lambda: list(StrLH()))
class NILH(BadLH):
    def __length_hint__(self):
        return NotImplemented
attempt("NotImplemented length hint", lambda: list(NILH()))
class RaiseLH(BadLH):
    def __length_hint__(self):
        raise KeyError("lh")
attempt("raising length hint", lambda: list(RaiseLH()))
class TErrLH(BadLH):
    def __length_hint__(self):
        raise TypeError("lh")
attempt("typeerror length hint", lambda: list(TErrLH()))
class BadLen:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return -5
attempt("negative len", lambda: list(BadLen()))
# clear / copy / reverse
L = [1, [2], 3]
C = L.copy()
C[1].append(9)
L.reverse()
print(L, C, L.clear(), L)
attempt("reverse arg", lambda: [].reverse(1))
attempt("copy arg", lambda: [].copy(1))
attempt("clear arg", lambda: [].clear(1))
# list() constructor
attempt("list kw", lambda: list(x=1))
attempt("list two", lambda: list(1, 2))
attempt("list int", lambda: list(1))
print(list(), list("ab"), list({1: 2}), list(range(3)), list((1,)))
L = [1, 2]
L.__init__([7, 8, 9])
print(L)
L.__init__()
print(L)
# in-place operators
L = [1, 2]
L *= 3
print(L)
L *= 0
print(L)
L = [1]
L *= -2
print(L)
L = [1, 2]
L += (3, 4)
L += "ab"
print(L)
def iadd_int():
    global L
    L += 5
attempt("+= int", iadd_int)
attempt("* str", lambda: [1] * "a")
attempt("* float", lambda: [1] * 2.0)
attempt("+ tuple", lambda: [1] + (2,))
attempt("huge repeat", lambda: [1, 2] * (2**62))
attempt("huge repeat neg", lambda: [1, 2] * (-2**62))
print([1, 2] * True, 2 * [0])
attempt("empty huge repeat", lambda: [] * 10**30)
# comparisons
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] == [], [1] != [1.0], [nan] == [nan])
print([[1]] < [[2]], [1, 2] <= [1, 2], [2] >= [1, 9])
attempt("< tuple", lambda: [1] < (1,))
attempt("< mixed", lambda: [1, "a"] < [1, 2])
print([1] == (1,), [1] == None, [1, "a"] == [1, 2])
class Eq:
    def __eq__(self, o):
        return True
print([Eq()] == [5], [5] == [Eq()], [1, 2].index(Eq()), [3].count(Eq()))
# repr
L = [1, 2]
L.append(L)
print(L, repr([L, L]))
D = {}
L2 = [D]
D["x"] = L2
print(L2)
print(repr([]), repr([None, "a", 'b"', 1.5]))
# membership
print(3 in [1, 2, 3], nan in [nan], 4 not in [1])
# len / bool / hash
print(len([1, 2]), bool([]), bool([0]))
attempt("hash", lambda: hash([]))
# del with steps
for s in (slice(None, None, 2), slice(1, None, 3), slice(None, None, -2), slice(-1, 2, -1),
          slice(5, 1), slice(None), slice(2, 100, 4), slice(100, None, -3), slice(None, None, 1)):
    L = list(range(12))
    del L[s]
    print("del", s, L)
L = list(range(5))
attempt("del out of range", lambda: L.__delitem__(9))
attempt("del step 0", lambda: L.__delitem__(slice(None, None, 0)))
attempt("del str", lambda: L.__delitem__("a"))
# searches whose items are exact strs, small ints and floats (settled without
# __eq__) mixed with ones that are not
vals = [1, 1.0, True, "1", 2**40, 2.5, None, (1,), [1], 1 + 0j, -0.0, 0, float("inf")]
for probe in (1, 1.0, True, "1", 2**40, 2**40 + 0.0, 0.0, 0, -0.0, 2.5, (1,), [1], 1j, float("inf"), "x"):
    print(repr(probe), probe in vals, vals.count(probe), vals.index(probe) if probe in vals else None,
          probe in tuple(vals), tuple(vals).count(probe))
L = [str(i) for i in range(50)] + list(range(50)) + [i / 2 for i in range(50)]
print(L.index("49"), L.index(49), L.index(24.5), L.count(3), L.count(3.0), L.count("3"), 12.0 in L, "12.0" in L)
print([1, 2.0, "a"] == [1.0, 2, "a"], [1, "a"] == [1, "b"], (1, 2.0) == (1.0, 2), ("a", 1) < ("a", 2.5))
L = ["a", "b", "a", 1, 1.0]
L.remove("a")
L.remove(1.0)
print(L)
