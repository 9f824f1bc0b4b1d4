# Set algebra on ints: the printed order must match CPython's.
a = {1, 2, 3, 4, 5, 10, 20, 33}
b = {4, 5, 6, 7, 33, 64, 100}
print(a, b)
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a.union(b, [200, 300]), a.intersection(b, {5, 33}), a.difference(b, {1}), a.symmetric_difference([1, 99]))
print(a <= b, a < a | b, a | b >= b, a > a, a == set(a), a != b, {1} < {1, 2})
print(a.issubset(range(100)), a.issuperset([1, 2]), a.isdisjoint({999}), a.isdisjoint(b))
c = set(a)
c |= {99}
c &= set(range(50)) | {99}
c -= {1}
c ^= {2, 77}
print(c)
c.update([500], (600,))
c.intersection_update(range(1000))
print(c)
c.difference_update({500}, [3])
c.symmetric_difference_update({4, 5, 1000})
print(c)
squares = {x * x for x in range(-5, 6)}
print(squares)
print({x % 7 for x in range(100)})
print(set(range(20, 0, -3)))
print({-1, -2, -3, 0, 1, 2})
print({2 ** i for i in range(12)})
print({i * 8 for i in range(10)})
print(set([1000, 2000, 3000, 1, 2]))
