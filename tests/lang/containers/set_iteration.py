# set iterators.
s = {5, 1, 9}
it = iter(s)
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
try:
    for x in s:
        s.add(x * 100)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s) > 3)
empty = iter(set())
print(list(empty), next(iter({42})))
fz = frozenset(range(5))
print([x * 2 for x in fz], sum(fz), max(fz), sorted(fz, reverse=True))
print(list(enumerate({3, 4})))
