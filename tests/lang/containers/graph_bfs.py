# Graph search with a dict of adjacency lists and a visited set.
graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": ["A"],
    "G": ["A"],
}

def bfs(start):
    seen = {start}
    order = [start]
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for n in graph[node]:
                if n not in seen:
                    seen.add(n)
                    order.append(n)
                    nxt.append(n)
        frontier = nxt
    return order

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen

def shortest(a, b):
    prev = {a: None}
    frontier = [a]
    while frontier:
        node = frontier.pop(0)
        if node == b:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for n in graph[node]:
            if n not in prev:
                prev[n] = node
                frontier.append(n)
    return None

print(bfs("A"), dfs("A"), bfs("G"))
print(shortest("A", "F"), shortest("D", "A"), shortest("G", "E"))
indegree = {n: 0 for n in graph}
for n, outs in graph.items():
    for m in outs:
        indegree[m] += 1
print(indegree)
reachable = {n: set(bfs(n)) for n in graph}
print(sorted(n for n in graph if reachable[n] == set(graph)))
print(sorted(reachable["D"]), len(reachable["A"]))
