# Loops with complex conditions and nested control flow.
def search(grid, target):
    r = 0
    while r < len(grid):
        c = 0
        while c < len(grid[r]):
            if grid[r][c] == target:
                break
            c += 1
        else:
            r += 1
            continue
        return (r, c)
    return None
g = [[1, 2], [3, 4], [5, 6]]
print(search(g, 4), search(g, 7))
i = 0
while i < 10 and not (i > 3 and i % 2 == 0):
    i += 1
print(i)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(k) for k in range(1, 11)])
out = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4:
                out.append((a, b, c))
                break
        else:
            continue
        break
print(out)
n = 5
while n:
    n -= 1
    if n == 2:
        print('two')
    elif n == 1:
        print('one')
    else:
        print('other', n)
def early(items):
    for it in items:
        if it is None:
            return 'found None'
        if not it:
            continue
    return 'no None'
print(early([1, 0, None]), early([1, 2]))
