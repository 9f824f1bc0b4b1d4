[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[x for x in y for z in x if z]
{x for x in y}
{k: v for k, v in items}
{k: v for k, v in items if k}
(x for x in y)
[(x, y) for x, y in pairs]
[x for *a, x in y]
[x async for x in y]
[await x for x in y]
[[y for y in x] for x in z]
[x for x in (lambda: y)()]
[i for i in range(10) if i % 2 if i % 3]
sum(x for x in y)
