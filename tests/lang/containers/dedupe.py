# Removing duplicates: with order (dict.fromkeys) and without (set).
items = [3, 1, 3, 2, 1, 5, 2, 9, 0, 9]
print(list(dict.fromkeys(items)))
print(sorted(set(items)), len(set(items)))
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
words = "Apple apple BANANA banana cherry Cherry apple".split()
print(list(dict.fromkeys(w.lower() for w in words)))
records = [("x", 1), ("y", 2), ("x", 3), ("z", 1)]
latest = {}
for key, val in records:
    latest[key] = val
print(latest)
first = {}
for key, val in records:
    first.setdefault(key, val)
print(first)
dupes = {x for x in items if items.count(x) > 1}
print(dupes)
print(set(items) == set(unique), set(items) - {1, 2, 3})
