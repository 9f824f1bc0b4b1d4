# Dict and list work: counting, grouping, sorting, comprehensions.
def work(n):
    counts = {}
    for i in range(n):
        key = (i * 2654435761) % 1000
        counts[key] = counts.get(key, 0) + 1
    groups = {}
    for k, v in counts.items():
        groups.setdefault(v, []).append(k)
    data = [(i * 7919) % 10007 for i in range(n // 2)]
    data.sort()
    squares = {x: x * x for x in range(5000)}
    evens = [x for x in data if x % 2 == 0]
    two_sum = {}
    found = 0
    for i, x in enumerate(data[:20000]):
        if 10007 - x in two_sum:
            found += 1
        two_sum[x] = i
    return len(counts), len(groups), data[len(data) // 2], len(squares), len(evens), found

print(work(1200000))
