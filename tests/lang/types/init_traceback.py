# An uncaught error raised in __init__ called from several levels.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.check(y)

    def check(self, y):
        if y < 0:
            raise ValueError('negative')

def make(n):
    return [Point(i, 1 - i) for i in range(n)]

print(len(make(1)))
make(3)
