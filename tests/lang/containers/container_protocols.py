# Container subclasses, __missing__, keys()-protocol mappings, length hints,
# NotImplemented from set operators, view equality, unpacking errors,
# ordering after deletions, comparison protocol order and identity in 'in'.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
# subclasses and operators
class L(list):
    pass
class D(dict):
    pass
class S(set):
    pass
l = L([1, 2])
print(type(l + [3]).__name__, type(l * 2).__name__, type(l[:]).__name__, type(l.copy()).__name__, repr(l))
l += [5]
print(type(l).__name__, l)
d = D(a=1)
print(type(d | {}).__name__, type(d.copy()).__name__, type({} | d).__name__, repr(d), D.fromkeys("a"))
class DM(dict):
    def __missing__(self, key):
        return key * 2
dm = DM()
print(dm[3], dm.get(3), 3 in dm, dm)
class DK(dict):
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return 42
print(dict(DK(a=1)), {**DK(a=1)}, dict({}, **DK(b=2)) if False else None)
z = {}
z.update(DK(q=1))
print(z)
class LenHint:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
    def __len__(self): return 1000
print(list(LenHint(3)), tuple(LenHint(2)), set(LenHint(2)))
# set ops returning NotImplemented
print({1}.__and__([1]), {1}.__or__(5), frozenset().__xor__(None))
print({1, 2} <= frozenset({1, 2, 3}), frozenset({1}) < {1, 2})
attempt("set <= list", lambda: {1} <= [1])
# equality across views
d1 = {1: 2}
print(d1.keys() == {1}, d1.items() == {(1, 2)}, d1.values() == d1.values(), d1.keys() == d1.keys())
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
# list.index with huge and negative
attempt("index", lambda: [1, 2, 3].index(3, -1))
# unpacking errors
def unpack1():
    a, b = [1, 2, 3]
attempt("unpack too many", unpack1)
def unpack2():
    a, b, c = (1,)
attempt("unpack too few", unpack2)
def unpack3():
    a, *b, c = [1]
attempt("unpack star too few", unpack3)
def unpack4():
    a, b = 5
attempt("unpack int", unpack4)
def unpack5():
    a, b = {1: 2, 3: 4}.items()
    return a, b
attempt("unpack items", unpack5)
# reversed views
d = {1: 2, 3: 4}
print(list(reversed(d.keys())), list(reversed(d.items())), list(reversed(d.values())))
# dict ordering after deletion and reinsertion
d = dict.fromkeys(range(10))
for k in range(0, 10, 2):
    del d[k]
d[0] = 1
d[4] = 1
print(list(d), d.popitem(), list(d))
# set pop order
s = set(range(10, 0, -1))
print([s.pop() for _ in range(5)], s)
s = {"a", "b", "c", "d"}
print(sorted(s), len(s))
# star-args and containers
print(*[1, 2], *{3: 4}, *"ab", *(5,), *{6})
print([*range(3), *{7: 1}], {**{1: 2}, 3: 4}, {*[1, 2], 3}, (*"ab",))
# list comparisons calling __eq__ then __lt__
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print([C(1), C(2)] < [C(1), C(3)])
print((C(1), C(2)) <= (C(1), C(2)))
print([C(1)] == [C(1)], [C(1)] != [C(2)])
# in with identity
nan = float("nan")
print(nan in [nan], nan in (nan,), nan in {nan}, nan in {nan: 1}, [nan] == [nan], (nan,) == (nan,), {nan} == {nan})
print([nan].index(nan), (nan,).count(nan), {nan: 1}[nan])
