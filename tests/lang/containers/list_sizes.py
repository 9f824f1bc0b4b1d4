# sys.getsizeof of lists follows CPython's over-allocation.
import sys
lst = []
sizes = []
for i in range(70):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof(list(range(10))), sys.getsizeof(list(range(11))))
print(sys.getsizeof([0] * 10), sys.getsizeof([None] * 100))
print(sys.getsizeof(list("hello")), sys.getsizeof(list((1, 2, 3))))
e = list(range(5))
e.extend(range(100))
print(sys.getsizeof(e))
shrink = list(range(100))
while len(shrink) > 3:
    shrink.pop()
print(sys.getsizeof(shrink))
print([].__sizeof__(), [1, 2, 3].__sizeof__())
comp = [x for x in range(20)]
print(sys.getsizeof(comp))
gen = (x for x in range(10**6))
print(sys.getsizeof(list(range(1000))) > 8000)
