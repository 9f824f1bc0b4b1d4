# tuple hashes match CPython's (xxHash-based combination).
print(hash((1, 2)))
print(hash(()))
print(hash((0,)))
print(hash((1, (2, 3))))
print(hash((True, False)))
print(hash((1.5, -2.25)))
print(hash(tuple(range(10))))
print(hash(((), ((),))))
print(hash((2**61 - 1, 2**61, -2**61)))
print(hash((None, Ellipsis)) == hash((None, Ellipsis)))
d = {(1, 2): "a", (2, 1): "b", (1, 2, 3): "c"}
print(d[(1, 2)], d[2, 1], d[1, 2, 3])
print(len({(i, j) for i in range(20) for j in range(20)}))
print(hash(frozenset()), hash(frozenset([1, 2])), hash(frozenset(range(10))))
print(hash(frozenset({(1, 2), (3, 4)})))
# an empty or one-element range hashes a tuple holding None, whose hash is
# address-based in CPython 3.11: compare those instead of printing them
print(hash(range(3)), hash(range(0, 10, 2)), hash(range(0)) == hash(range(7, 3)), hash(range(5, 6)) == hash(range(5, 6, 9)))
