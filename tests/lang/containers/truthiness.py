# Truthiness, len, any/all/min/max/sum over containers.
empties = [[], (), {}, set(), frozenset(), range(0), "", dict().keys()]
print([bool(x) for x in empties], [len(x) for x in empties])
fulls = [[0], (None,), {0: 0}, {0}, frozenset([0]), range(1), " ", {1: 2}.values()]
print([bool(x) for x in fulls])
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in range(5)))
print(min([3, 1, 2]), max((3, 1, 2)), min({5, 4}), max({"a": 1, "z": 0}), sum({1: "a", 2: "b"}))
print(min([], default="none"), max([[1, 2], [3]]), max(["b", "ab"], key=len), min("hello"))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(5), 10))
print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1]), list(map(len, [[1], (1, 2), {}])))
print(len([1, [2, 3]]), len({1: [1, 2, 3]}), len(set("aabbc")), len(range(0, 100, 7)))
if [0]:
    print("non-empty list is true")
if not {}:
    print("empty dict is false")
