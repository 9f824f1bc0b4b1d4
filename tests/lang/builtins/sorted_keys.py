data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('Krait'), sorted('Krait', key=str.lower))
print(sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}), sorted((3, 2, 1)))
students = [('john', 'A', 15), ('jane', 'B', 12), ('dave', 'B', 10)]
print(sorted(students, key=lambda s: s[2]))
print(sorted(students, key=lambda s: (s[1], -s[2])))
# stability
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(['10', '9', '100'], key=int), sorted(['10', '9', '100']))
print(sorted([], reverse=True), sorted(range(5), key=lambda x: x % 2))
def err(*a, **k):
    try:
        print(sorted(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err()
err([1, 'a'])
err([1], foo=1)
err(5)
err([1, 2], [3])
err([3, 1], key=lambda x: 1 / 0)
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split('.')))
    def __lt__(self, other): return self.parts < other.parts
    def __repr__(self): return '.'.join(map(str, self.parts))
print(sorted([Version('1.10'), Version('1.2'), Version('0.9')]))
