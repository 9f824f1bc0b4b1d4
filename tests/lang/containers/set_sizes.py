# sys.getsizeof of sets and frozensets.
import sys
print(sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof({1, 2, 3}))
s = set()
sizes = []
for i in range(60):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sizes)
print(sys.getsizeof(set(range(10))), sys.getsizeof(set(range(100))), sys.getsizeof(frozenset(range(5))))
t = set(range(100))
for i in range(95):
    t.discard(i)
print(sys.getsizeof(t), len(t))
t.clear()
print(sys.getsizeof(t))
print(set().__sizeof__(), set(range(20)).__sizeof__())
