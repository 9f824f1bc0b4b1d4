# An LRU cache built on dict insertion order.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}

    def get(self, key):
        if key not in self.data:
            return None
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]

    def __repr__(self):
        return f"LRU({list(self.data.items())})"

c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c)
c.put("d", "D")
print(c)
print(c.get("b"), c.get("c"), c)
c.put("a", "AA")
c.put("e", "E")
print(c)
hits = misses = 0
cache = LRU(4)
for key in [1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 3]:
    if cache.get(key) is None:
        misses += 1
        cache.put(key, key * key)
    else:
        hits += 1
print(hits, misses, cache)
