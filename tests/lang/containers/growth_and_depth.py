# Deeply nested reprs and comparisons, and sys.getsizeof of containers and
# iterators as they grow and shrink (over-allocation policy, struct sizes).
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
# deep nesting
L = []
for _ in range(100000):
    L = [L]
attempt("deep repr", lambda: len(repr(L)))
d = {}
for _ in range(100000):
    d = {1: d}
attempt("deep dict repr", lambda: len(repr(d)))
t = ()
for _ in range(100000):
    t = (t,)
attempt("deep tuple repr", lambda: len(repr(t)))
attempt("deep eq", lambda: L == L[0])
del L, d, t
# list growth sizes
import sys
L = []
sizes = []
for i in range(100):
    L.append(i)
    sizes.append(sys.getsizeof(L))
print(sizes)
L = [1] * 10
print(sys.getsizeof(L), sys.getsizeof(list(range(10))), sys.getsizeof([x for x in range(10)]), sys.getsizeof(L[:]), sys.getsizeof(L + L), sys.getsizeof(L * 3))
L = list(range(100))
for i in range(90):
    L.pop()
    if i % 10 == 0: print(sys.getsizeof(L), end=" ")
print()
print(sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(set()), sys.getsizeof(set(range(10))), sys.getsizeof(frozenset(range(100))))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(range(3)), sys.getsizeof(slice(1)), sys.getsizeof(iter([])), sys.getsizeof(enumerate([])), sys.getsizeof(zip()))
s = set()
out = []
for i in range(50):
    s.add(i)
    out.append(sys.getsizeof(s))
print(out)
L = []
L.extend(range(17))
print(sys.getsizeof(L))
L = list(iter(range(17)))
print(sys.getsizeof(L))
L = list(x for x in range(17))
print(sys.getsizeof(L))
L = [0, 1]
L.insert(0, 5)
print(sys.getsizeof(L))
L = [1, 2, 3]
L[1:1] = range(10)
print(sys.getsizeof(L))
L.clear()
print(sys.getsizeof(L))
L = list(range(20))
del L[5:]
print(sys.getsizeof(L))
L = list(range(100))
L.sort()
print(sys.getsizeof(L), sys.getsizeof(sorted(range(100))))
print(sys.getsizeof(list("abc")), sys.getsizeof(list({1: 2})), sys.getsizeof(list((1, 2, 3))), sys.getsizeof(tuple([1, 2])))
