# sort and sorted: stability, keys, reverse, records sorted by several keys.
records = [
    ("alice", "sales", 5000, 31),
    ("bob", "eng", 7000, 25),
    ("carol", "eng", 7000, 35),
    ("dave", "sales", 4000, 45),
    ("erin", "hr", 5000, 29),
    ("frank", "eng", 6500, 31),
    ("grace", "hr", 5000, 41),
    ("heidi", "sales", 5000, 23),
]
by_salary = sorted(records, key=lambda r: r[2])
for r in by_salary:
    print(r)
print()
# sort by several keys with successive stable sorts: dept asc, salary desc
staff = list(records)
staff.sort(key=lambda r: r[2], reverse=True)
staff.sort(key=lambda r: r[1])
for r in staff:
    print(r[1], r[2], r[0])
print()
# the same with a tuple key
for r in sorted(records, key=lambda r: (r[1], -r[2], r[0])):
    print(r[1], r[2], r[0])
print()
# reverse=True keeps equal items in their original order
for r in sorted(records, key=lambda r: r[2], reverse=True):
    print(r[0], r[2])
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted({3: 1, 1: 2}))
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted([2.5, -1, 3, 0.0, True]))
print(sorted([[3], [1, 2], [], [1]]))
