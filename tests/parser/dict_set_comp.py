{k: v for k, v in d.items()}
{k: v for k in a for v in b}
{v: k for k, v in d.items() if v}
{x for x in range(10) if x % 2 == 0}
{(x, y) for x in a for y in b if x != y}
{k: {kk: vv for kk, vv in v.items()} for k, v in nested.items()}
{**{k: v for k, v in a}}
{x: y for x, y in zip(a, b)}
