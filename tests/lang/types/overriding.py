# Overriding a parent's method and calling the parent's version.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

    def __repr__(self):
        return f"<{type(self).__name__}>"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    def describe(self):
        return "Square! " + super().describe()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe(), repr(s))
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)

print(Square.area is Rect.area, Square.describe is Shape.describe)
print(Square(2).area(), Rect.area(Square(3)))


class Counter:
    count = 0

    def increment(self):
        self.count += 1
        return self.count


class DoubleCounter(Counter):
    def increment(self):
        super().increment()
        return super().increment()


c = DoubleCounter()
print(c.increment(), c.increment(), Counter.count, c.count)
