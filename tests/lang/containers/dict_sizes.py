# sys.getsizeof for dicts: CPython 3.11's compact layout.
import sys
print(sys.getsizeof({}), sys.getsizeof({1: 1}), sys.getsizeof({"a": 1}))
d = {}
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(d))
    d[i] = i
print(sizes)
s = {}
ssizes = []
for i in range(40):
    ssizes.append(sys.getsizeof(s))
    s["k" + str(i)] = i
print(ssizes)
print(sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict.fromkeys("abcdef")))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({i: i for i in range(100)}))
big = {i: i for i in range(100)}
for i in range(90):
    del big[i]
print(sys.getsizeof(big))
big.clear()
print(sys.getsizeof(big))
print({}.__sizeof__(), {1: 2}.__sizeof__())
