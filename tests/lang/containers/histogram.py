# Histograms with dicts and bar output.
scores = [72, 85, 91, 64, 85, 77, 99, 58, 85, 70, 91, 66, 80]
buckets = {}
for s in scores:
    b = s // 10 * 10
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print(f"{b:3}-{b + 9:3} {'#' * buckets[b]}")
freq = {}
for s in scores:
    freq[s] = freq.get(s, 0) + 1
mode = max(freq, key=lambda k: (freq[k], -k))
print(mode, freq[mode])
ordered = sorted(scores)
mid = len(ordered) // 2
print(ordered[mid], sum(scores) / len(scores))
grades = {s: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F") for s in set(scores)}
print(sorted(grades.items()))
by_grade = {}
for s in scores:
    by_grade.setdefault(grades[s], []).append(s)
print({g: sorted(v) for g, v in sorted(by_grade.items())})
