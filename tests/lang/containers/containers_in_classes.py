# Containers holding objects; subclassing list and dict.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s[:]).__name__, type(s + [3]).__name__)

class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco

reg = Registry()
@reg.register("double")
def double(x):
    return x * 2
@reg.register("neg")
def neg(x):
    return -x
print(sorted(reg), reg["double"](21), reg["neg"](3))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"

pts = [Point(2, 1), Point(1, 5), Point(2, 1), Point(0, 0)]
print(sorted(pts), len(set(pts)), pts.count(Point(2, 1)), pts.index(Point(1, 5)))
print(Point(0, 0) in pts, {Point(1, 1): "a"}[Point(1, 1)], max(pts), min(pts))

class MyTuple(tuple):
    def total(self):
        return sum(self)
mt = MyTuple([1, 2, 3])
print(mt, mt.total(), type(mt[:]).__name__, mt == (1, 2, 3))
class MyList(list):
    pass
ml = MyList("ab")
print(ml, repr(ml), ml == ["a", "b"])
