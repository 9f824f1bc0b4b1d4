# Tuples as records: sorting, grouping, comparing, as dict keys.
people = [("Smith", "John", 1980), ("Doe", "Jane", 1975), ("Smith", "Anna", 1990), ("Brown", "Bob", 1980)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(max(people, key=lambda p: p[2]), min(people))
by_year = {}
for last, first, year in people:
    by_year.setdefault(year, []).append((last, first))
print(by_year)
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5, point + (0,), point[::-1])
moves = {(0, 1): "N", (1, 0): "E", (0, -1): "S", (-1, 0): "W"}
pos = (0, 0)
path = []
for step in [(0, 1), (0, 1), (1, 0), (0, -1)]:
    pos = (pos[0] + step[0], pos[1] + step[1])
    path.append(moves[step])
print(pos, "".join(path))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), ("a", 2) > ("a", 1), (0, "z") < (1, "a"))
versions = ["1.10.0", "1.2.10", "1.2.9", "2.0", "1.10"]
print(sorted(versions, key=lambda v: tuple(int(p) for p in v.split("."))))
print(divmod(17, 5), tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))))
