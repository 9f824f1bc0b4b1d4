# Adversarial __eq__/__hash__/__lt__ that mutate the container being searched.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Clear:
    def __init__(self, target): self.target = target
    def __repr__(self): return "Clear()"
    def __eq__(self, other):
        self.target.clear()
        return False
    __hash__ = object.__hash__
L = [1, 2, 3, 4]
attempt("index clears", lambda: L.index(Clear(L)))
L = [1, 2, 3, 4]
attempt("count clears", lambda: L.count(Clear(L)))
L = [1, 2, 3, 4]
attempt("remove clears", lambda: L.remove(Clear(L)))
L = [1, 2, 3, 4]
attempt("in clears", lambda: Clear(L) in L)
L = [1, 2, 3]
M = [Clear(L), 2, 3]
attempt("eq clears", lambda: L == M)
attempt("lt clears", lambda: [1, 2] < [Clear(None) if False else 1, 3])
class Grow:
    def __init__(self, target): self.target = target
    def __repr__(self): return "Grow()"
    def __eq__(self, other):
        if len(self.target) < 50:
            self.target.append(0)
        return False
    __hash__ = object.__hash__
L = [1, 2]
attempt("index grows", lambda: L.index(Grow(L)))
print(len(L))
L = [1, 2]
attempt("count grows", lambda: (L.count(Grow(L)), len(L)))
class Pop:
    def __init__(self, target): self.target = target
    def __eq__(self, other):
        if self.target:
            self.target.pop()
        return False
    __hash__ = object.__hash__
L = list(range(10))
attempt("remove pops", lambda: L.remove(Pop(L)))
print(L)
# list compare where items' __eq__ shrinks the other list
class Shrink:
    def __eq__(self, other):
        del B[:]
        return True
A = [Shrink(), 1, 2]
B = [0, 1, 2]
attempt("eq shrinks other", lambda: A == B)
A = [Shrink(), 1, 2]
B = [0, 1, 2]
attempt("lt shrinks other", lambda: A < B)
# set with __eq__ clearing the set
class SetClear:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, other):
        S.clear()
        return False
S = {SetClear(1), SetClear(2)}
attempt("set in clears", lambda: SetClear(1) in S)
S = {SetClear(1), SetClear(2)}
attempt("set add clears", lambda: S.add(SetClear(1)))
S = {SetClear(1), SetClear(9)}
attempt("set discard clears", lambda: S.discard(SetClear(9)))
class SetGrow:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, other):
        if len(S) < 100:
            for i in range(20):
                S.add(1000 + len(S) * 7 + i)
        return False
S = {SetGrow(1)}
attempt("set in grows", lambda: SetGrow(1) in S)
print(len(S))
S = {SetGrow(1)}
attempt("set add grows", lambda: S.add(SetGrow(1)))
print(len(S))
S = {SetGrow(5), 3}
T = {SetGrow(5), 4}
attempt("set and", lambda: len(S & T))
attempt("set sub", lambda: len(S - T))
attempt("set xor", lambda: len(S ^ T))
attempt("set le", lambda: S <= T)
attempt("set eq", lambda: S == T)
# dict with mutating __eq__
class DictClear:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, other):
        D.clear()
        return False
D = {DictClear(1): 1, DictClear(2): 2}
attempt("dict get clears", lambda: D.get(DictClear(1)))
D = {DictClear(1): 1}
attempt("dict set clears", lambda: D.__setitem__(DictClear(1), 5))
print(len(D))
D = {DictClear(1): 1}
attempt("dict pop clears", lambda: D.pop(DictClear(1), "dflt"))
D = {DictClear(1): 1}
attempt("dict setdefault clears", lambda: D.setdefault(DictClear(1), 7))
D = {DictClear(1): 1, 5: 5}
E = {DictClear(1): 1, 5: 5}
attempt("dict eq clears", lambda: D == E)
# sort with key mutating list, and __lt__ mutating list
L = [3, 2, 1]
def key(x):
    L.append(x)
    return x
attempt("sort key appends", lambda: L.sort(key=key))
print(L)
class LtMut:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        victim.extend([LtMut(0)] * 3)
        victim.pop()
        return self.v < other.v
    def __repr__(self): return "L%d" % self.v
victim = [LtMut(i % 7) for i in range(100)]
attempt("sort lt mutates", lambda: victim.sort())
print(len(victim), sorted(x.v for x in victim) == sorted(i % 7 for i in range(100)))
# list iterator while list is changed
L = [1, 2, 3]
it = iter(L)
next(it)
L[:] = []
print(list(it))
L = [1, 2, 3]
out = []
for x in L:
    out.append(x)
    if len(L) < 6:
        L.append(x * 10)
print(out)
L = [1, 2, 3]
r = reversed(L)
next(r)
L.clear()
L.extend([7, 8, 9, 10])
print(list(r))
# tuple hash / repr with __repr__ raising
class BadRepr:
    def __repr__(self): raise ValueError("bad repr")
attempt("list repr raising", lambda: repr([1, BadRepr()]))
attempt("dict repr raising", lambda: repr({1: BadRepr()}))
attempt("set repr raising", lambda: repr({BadRepr()}))
attempt("tuple repr raising", lambda: repr((BadRepr(),)))
attempt("keys repr raising", lambda: repr({BadRepr(): 1}.keys()))
L = [1]
attempt("after failed repr", lambda: repr([L, L]))
class BadHash:
    def __hash__(self): raise TypeError("bad hash")
attempt("tuple hash raising", lambda: hash((1, BadHash())))
attempt("frozenset raising", lambda: frozenset([BadHash()]))
attempt("dict.fromkeys raising", lambda: dict.fromkeys([1, BadHash()]))
