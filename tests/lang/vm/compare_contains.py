print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, "a" < "b" <= "b")
print(1 != 2, None is None, [] == [], print is not None)
print(3 in [1, 2, 3], "x" not in "abc", "bc" in "abcd", 2 in {2: 0}, 5 in range(10))
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return isinstance(o, Box) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __contains__(self, item):
        return item == self.v
print(Box(1) == Box(1), Box(1) != Box(2), Box(1) < Box(2), Box(3) > Box(2))
print(4 in Box(4), 5 in Box(4))
class Iterable:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Iterable(), 7 in Iterable())
calls = []
def val(x):
    calls.append(x)
    return x
print(val(1) < val(0) < val(5), calls)
for expr in ("1 < 'a'", "[] > {}", "None >= 0", "1 in 5", "'a' in 1"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
nan = float("nan")
print(nan == nan, nan is nan, nan in [nan], [nan] == [nan])
print(sorted([3, 1, 2]) == [1, 2, 3], (1, 2) < (1, 3), [1, [2]] == [1, [2]])
