import heapq, random
from collections import deque, defaultdict
def life(grid, steps):
    h, w = len(grid), len(grid[0])
    for _ in range(steps):
        new = [[0] * w for _ in range(h)]
        for r in range(h):
            for c in range(w):
                n = sum(grid[(r + dr) % h][(c + dc) % w] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
                new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
        grid = new
    return grid
g = [[0] * 8 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]: g[r][c] = 1
for row in life(g, 4): print("".join(".#"[v] for v in row))
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(g, src):
    dist = {n: float("inf") for n in g}; dist[src] = 0; prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]: continue
        for v, w in g[u].items():
            if d + w < dist[v]:
                dist[v] = d + w; prev[v] = u; heapq.heappush(pq, (dist[v], v))
    return dist, prev
dist, prev = dijkstra(graph, "A")
print(dist)
path, n = [], "F"
while n in prev: path.append(n); n = prev[n]
print("->".join(reversed(path + ["A"])))
def bfs(start, goal, walls, size):
    q = deque([(start, 0)]); seen = {start}
    while q:
        (x, y), d = q.popleft()
        if (x, y) == goal: return d
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < size and 0 <= ny < size and (nx, ny) not in walls and (nx, ny) not in seen:
                seen.add((nx, ny)); q.append(((nx, ny), d + 1))
    return -1
walls = {(1, i) for i in range(4)} | {(3, i) for i in range(1, 5)}
print(bfs((0, 0), (4, 4), walls, 5), bfs((0, 0), (4, 4), walls | {(4, 3), (3, 0)}, 5))
def topo(deps):
    indeg = defaultdict(int)
    for k, vs in deps.items():
        indeg.setdefault(k, 0) if False else indeg[k]
        for v in vs: indeg[v] += 0
    for k, vs in deps.items():
        for v in vs: indeg[k] += 1
    order = []; ready = sorted(k for k, d in indeg.items() if d == 0)
    while ready:
        n = ready.pop(0); order.append(n)
        for k, vs in sorted(deps.items()):
            if n in vs:
                indeg[k] -= 1
                if indeg[k] == 0: ready.append(k); ready.sort()
    return order
print(topo({"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}))
class Bank:
    def __init__(self): self.accounts = {}; self.log = []
    def open(self, name, amt=0): self.accounts[name] = amt; self.log.append(("open", name, amt))
    def transfer(self, a, b, amt):
        if self.accounts[a] < amt: raise ValueError(f"{a} has only {self.accounts[a]:.2f}")
        self.accounts[a] -= amt; self.accounts[b] += amt; self.log.append(("xfer", a, b, amt))
rng = random.Random(7); bank = Bank()
for n in ["ann", "bob", "cy"]: bank.open(n, rng.randint(50, 150))
errors = 0
for _ in range(30):
    a, b = rng.sample(sorted(bank.accounts), 2)
    try: bank.transfer(a, b, round(rng.uniform(1, 60), 2))
    except ValueError as e: errors += 1; last = str(e)
print({k: round(v, 2) for k, v in bank.accounts.items()}, errors, last, len(bank.log), round(sum(bank.accounts.values()), 2))
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
def matmul(A, B): return [[sum(a * b for a, b in zip(r, c)) for c in zip(*B)] for r in A]
def det(A):
    if len(A) == 1: return A[0][0]
    return sum((-1) ** j * A[0][j] * det([r[:j] + r[j + 1:] for r in A[1:]]) for j in range(len(A)))
print(matmul(M, M), det(M), [list(r) for r in zip(*M)])
from fractions import Fraction
def inverse(A):
    n = len(A); aug = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(A)]
    for c in range(n):
        p = next(r for r in range(c, n) if aug[r][c] != 0); aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]; aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c: f = aug[r][c]; aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [r[n:] for r in aug]
for r in inverse(M): print(r, [str(x) for x in r])
