print([x * 2 for x in range(5)])
print([(x, y) for x in range(3) for y in range(x)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print({x % 4 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print([[c for c in row] for row in ["ab", "cd"]])
n = 5
print([n * i for i in range(3)])
def scoped():
    base = 100
    return [base + i for i in range(3)], {i: base for i in range(2)}
print(scoped())
x = "outer x"
print([x for x in "ab"], x)
print([y := 10, y * 2])
print([last := v for v in range(4)], last)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(row) for row in zip(*matrix)])
print(sum([[1], [2, 3]], []))
try:
    [1 / v for v in (1, 0)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print({word: len(word) for word in "the quick brown fox".split() if len(word) > 3})
def gen_in_comp():
    return [list(range(i)) for i in range(4)]
print(gen_in_comp())
print(sorted({(a, b) for a in range(2) for b in "xy"}))
