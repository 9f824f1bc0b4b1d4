class Point:
    def __init__(self, x, y):
        self.X = x
        self.Y = y

p = Point(1, 2)
print(p.X, p.Y)
print("x is", p.x)
