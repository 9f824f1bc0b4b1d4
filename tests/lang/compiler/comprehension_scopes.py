# Comprehensions are functions: their variables do not leak.
i = 'outer'
squares = [i * i for i in range(5)]
print(squares, i)
print({k: v for k, v in zip('abc', range(3))})
print({c.upper() for c in 'hello'} == set('HELO'))
gen = (n * 2 for n in range(4))
print(type(gen).__name__, list(gen), list(gen))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([x for row in matrix for x in row if x % 2])
print([(a, b) for a in range(3) for b in range(a)])
def f(n):
    return [n * j for j in range(3)]
print(f(7))
class C:
    base = 10
    vals = [base for _ in range(1)] if False else None
    try:
        items = [base + k for k in range(3)]
    except NameError as e:
        print('NameError', e)
print(C.vals)
first = [y for y in [1, 2, 3]][0]
print(first)
print(sum(x for x in range(101)))
print(list(zip(*[(1, 'a'), (2, 'b')])))
print([[y for y in range(x)] for x in range(4)])
nested_fn = [lambda: k for k in range(3)]
print([fn() for fn in nested_fn])
