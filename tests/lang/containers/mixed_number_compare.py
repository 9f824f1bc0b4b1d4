# Mixed int/float comparisons through min/max, sorting, searching and ranges:
# the C-value shortcuts must agree with the exact int/float comparison.
nan = float("nan")
inf = float("inf")
ints = [0, 1, -1, 7, 2**29, 2**30 - 1, -(2**30 - 1), 2**30, 2**53 + 1, -2**53 - 1, 10**20]
floats = [0.0, -0.0, 0.5, -0.5, 1.0, 7.0, 6.999999999999999, float(2**30 - 1), 2.0**30, 1e300, -1e300,
          inf, -inf, nan, float(2**53), 1e20]
for a in ints + floats:
    row = []
    for b in ints + floats:
        row.append("%d%d%d%d" % (a < b, a <= b, a == b, a > b))
    print(repr(a), " ".join(row))
print(min(ints + floats), max(ints + floats), min(floats + ints), max(floats + ints))
print(min([nan, 1, 2.0]), min([1, nan, 2.0]), max([2, nan, 1.5]), max([2.5, 3, nan]))
print(min([1, 1.0]), min([1.0, 1]), max([0, -0.0]), max([-0.0, 0]), min([0.0, 0, -0.0]))
print(max(3, 3.0, key=None), min(2.5, 2, 3), max(-1, -0.5))
print(sorted([(1, 2.5), (1, 2), (1.0, 3), (0.5, 9), (1, nan), (1, -inf)]))
print(sorted([(x, i) for i, x in enumerate([3, 1.5, 2, 2.0, 1, 1.0, True, -0.0, 0])]))
L = [1.0, 2, 3.5, 4, -0.0, nan, 2**40]
for v in (1, 2.0, 3.5, 4.0, 0, 0.0, nan, 2**40, float(2**40), 5):
    print(repr(v), v in L, L.count(v), L.index(v) if v in L else "-", v in tuple(L))
print(2.0 in range(5), 2.5 in range(5), range(10).count(3.0), range(10).index(4.0), -0.0 in range(1), nan in range(3))
print(range(-5, 5).count(-5.0), 1e300 in range(10), inf in range(10), [1, 2.0] == [1.0, 2], (1, 2) < (1, 2.5), (1.5,) > (1,))
print({1: "a"}.get(1.0), 1.0 in {1, 2}, 2 in {2.0}, {0.0} == {0}, {1, 2.0} == {1.0, 2})
for a in ([1, 2], [1, 2.0], [1, 2.5], [1, nan], [1.0], [2**30, 1], [0.5, "a"], (1, 2), (1, 2.0), (1, 2.5), (1, nan)):
    print(repr(a), [(a < b, a <= b, a > b, a >= b) for b in ([1, 2], [1, 3], (1, 2.5), [1, nan], [1.0, 2, 0])
                    if type(a) is type(b)])
