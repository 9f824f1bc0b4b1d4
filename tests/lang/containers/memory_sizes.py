# Lists vs generators, and the sizes of containers.
import sys
squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print(sys.getsizeof(squares_list) > sys.getsizeof(squares_gen) * 10)
print(sum(squares_list) == sum(squares_gen))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof(tuple(range(10))))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]))
print(sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof(set()), sys.getsizeof({1}))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10**30)), sys.getsizeof(slice(1, 2)))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(100))))
l = []
last = sys.getsizeof(l)
grows = []
for i in range(200):
    l.append(i)
    size = sys.getsizeof(l)
    if size != last:
        grows.append(len(l))
        last = size
print(grows)
d = {}
last = sys.getsizeof(d)
dgrows = []
for i in range(2000):
    d[i] = None
    size = sys.getsizeof(d)
    if size != last:
        dgrows.append(len(d))
        last = size
print(dgrows)
s = set()
last = sys.getsizeof(s)
sgrows = []
for i in range(2000):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        sgrows.append(len(s))
        last = size
print(sgrows)
