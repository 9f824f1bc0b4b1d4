names = ['ann', 'bob', 'cy']
ages = [31, 25]
print(list(zip(names, ages)), list(zip()), list(zip(names)))
for i, (n, a) in enumerate(zip(names, ages), start=10):
    print(i, n, a)
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(reversed(range(5))), list(reversed('abc')), list(reversed((1, 2))))
d = {'x': 1, 'y': 2}
print(list(reversed(d)), list(reversed(d.items())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(Seq())))
for bad in [5, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError:', e)
e = enumerate('ab')
print(next(e), next(e), next(e, 'done'))
print(dict(enumerate('xyz')), list(enumerate([], 5)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(dict(zip('abc', range(3))))
