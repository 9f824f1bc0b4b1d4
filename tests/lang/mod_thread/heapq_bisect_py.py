# heapq.py and bisect.py on top of _heapq and _bisect.
import heapq, bisect
print(heapq.heappush.__module__, bisect.bisect.__module__ if hasattr(bisect.bisect, '__module__') else None)
data = [(i * 37) % 101 for i in range(200)]
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [4, 2], key=lambda x: -x, reverse=True)))
h = []
for x in data[:20]: heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(5)], heapq.heappushpop(h, 0), heapq.heapreplace(h, 500))
a = []
for x in data[:30]: bisect.insort(a, x)
print(a == sorted(data[:30]), bisect.bisect(a, 50), bisect.bisect_left(a, 50), bisect.insort_left(a, 3) or a[:5])
