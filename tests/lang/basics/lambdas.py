# Lambdas with sorted, map, filter, and friends.
people = [("alice", 31), ("bob", 25), ("carol", 35), ("dave", 25), ("eve", 29)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 28, people)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
square = lambda x: x * x
print(square(7), square.__name__, (lambda: 42)())
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(4)]
print([f(10) for f in late])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(words), key=str.lower))
print(list(map(str, range(5))), list(map(len, words)))
print(sum(map(lambda x: x % 3, range(20))))
print(any(map(lambda w: w.startswith("q"), words)), all(map(lambda w: len(w) > 2, words)))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
