# Comprehensions producing lists, sets and dicts.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 4 for x in range(10)})
print({c: ord(c) for c in "abc"})
print({k: v for k, v in zip("abc", range(3)) if v})
words = ["apple", "Banana", "cherry", "date"]
print([w.upper() for w in words if len(w) > 4])
print({len(w) for w in words}, {w[0].lower(): w for w in words})
print([i if i % 2 else -i for i in range(6)])
print(sum(x * x for x in range(10)), max(len(w) for w in words))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([x for sub in nested for x in sub], [len(sub) for sub in nested])
x = 10
print([x for x in range(3)], x)
print([(lambda n: n + 1)(i) for i in range(3)])
print(list(map(tuple, [[1, 2], [3]])), [list(t) for t in [(1,), (2, 3)]])
