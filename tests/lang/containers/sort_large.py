# timsort on larger inputs: random, runs, reversed runs, many duplicates.
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed

data = [rand() % 1000 for _ in range(5000)]
s = sorted(data)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s), s[:5], s[-5:])
print(sum(data) == sum(s), sorted(s) == s)
runs = []
for k in range(20):
    chunk = list(range(k, k + 200))
    runs.extend(chunk if k % 2 else chunk[::-1])
r = sorted(runs)
print(r[:10], r[-10:], r == sorted(runs, key=lambda x: x))
dups = [rand() % 5 for _ in range(3000)]
tagged = list(enumerate(dups))
tagged.sort(key=lambda t: t[1])
print(all(tagged[i][0] < tagged[i + 1][0] for i in range(len(tagged) - 1) if tagged[i][1] == tagged[i + 1][1]))
print([t[1] for t in tagged[::600]])
floats = [rand() / 7.0 for _ in range(1000)]
fs = sorted(floats)
print(all(fs[i] <= fs[i + 1] for i in range(999)))
strs = [str(rand() % 10000) for _ in range(1000)]
ss = sorted(strs)
print(ss[:5], all(ss[i] <= ss[i + 1] for i in range(999)))
big = [rand() * 10**30 for _ in range(500)]
print(sorted(big) == sorted(big, reverse=True)[::-1])
mixed = [1, 2.5, True, -3, 0.5, False]
print(sorted(mixed))
desc = list(range(1000, 0, -1))
desc.sort()
print(desc[:3], desc[-3:])
