"""Two Sum, word counts and a small class hierarchy: a first Krait program."""


def two_sum(nums, target):
    """Return the indices of the two numbers that add up to target."""
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None


class Shape:
    def area(self):
        raise NotImplementedError

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2


print(two_sum([2, 7, 11, 15], 9))
print(two_sum.__doc__)
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
for shape in sorted([Square(3), Circle(1), Square(1.5)], key=lambda s: s.area()):
    print(shape)
squares = (n * n for n in range(10))
print(sum(squares), [n for n in range(20) if n % 7 == 3])
