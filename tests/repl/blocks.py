class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
p
[Point(i, i * i) for i in range(3)]
for i in range(3):
    print(i, end=" ")

total = 0
while total < 10:
    total += 3

total
_ if False else "underscore is not set in this mode"
d = {"a": 1,
     "b": 2}
d
import sys
print(sys.ps1, sys.ps2)
undefined_name
x = 5; x * 2
