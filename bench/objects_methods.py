# Method calls and attribute access on objects, with inheritance.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def area(self):
        return 0

    def touch(self):
        self.hits += 1
        return self.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def run(n):
    v = Vector(0, 0)
    step = Vector(1, 2)
    d = 0
    for _ in range(n):
        v = v.add(step)
        d += v.dot(step) % 7
    shapes = [Rect(i % 5 + 1, i % 3 + 1) if i % 2 else Circle(i % 4) for i in range(1000)]
    total = 0
    for _ in range(n // 1000):
        for s in shapes:
            total += s.touch()
    return v.x, v.y, d, total, shapes[1].hits

print(run(1000000))
