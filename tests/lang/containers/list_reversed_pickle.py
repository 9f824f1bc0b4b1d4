# A list's reverse iterator pickles its list and position, -1 once run out.
orig = [4, 5, 6, 7]
it = reversed(orig)
print(it.__reduce__())
for i in range(4): next(it)
print(it.__reduce__())
try:
    next(it)
except StopIteration: print("stop")
print(it.__reduce__())
it2 = reversed([1,2,3])
it2.__setstate__(-1)
print(list(it2))
it3 = reversed([1,2,3])
it3.__setstate__(10)
print(list(it3))
import pickle
orig = [4, 5, 6, 7]
itorig = reversed(orig)
for step in range(5):
    it, a = pickle.loads(pickle.dumps((itorig, orig)))
    a[:] = [10, 11, 12, 13, 14, 15]
    print(step, list(it))
    next(itorig, None)
