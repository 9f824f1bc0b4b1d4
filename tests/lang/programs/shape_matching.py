class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r):
        self.center, self.r = c, r
class Rect:
    def __init__(self, a, b):
        self.a, self.b = a, b

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {shape}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} c={c}"
        case Rect(a=Point() as a, b=b):
            return f"rect {a} {b}"
        case [Point() as p, *rest]:
            return f"list starting {p} +{len(rest)}"
        case {"type": "line", "points": [p1, p2], **extra}:
            return f"line {p1}-{p2} extra={extra}"
        case {"type": str(t)}:
            return f"typed {t}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case str() as s if len(s) > 3:
            return "long string"
        case "a" | "b" | "c":
            return "letter"
        case (1, 2, *_):
            return "starts 1,2"
        case []:
            return "empty"
        case None:
            return "none"
        case True:
            return "true"
        case _:
            return f"unknown {type(shape).__name__}"

tests = [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(2, 2), 1),
         Rect(Point(0, 1), 5), Rect(1, 2), [Point(1, 1), 2, 3], {"type": "line", "points": [1, 2], "w": 3},
         {"type": "arc"}, {"type": 5}, -3, -2.5, 7, "long!", "b", (1, 2, 3), [1, 2], [], (), None, True, False, 1.0]
for t in tests:
    print(describe(t))

def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case _:
            return "empty"
for l in ["go north", "go up", "take lamp key", "take", "exit", "", "dance wildly"]:
    print(repr(l), "->", cmd(l))
class Bad:
    __match_args__ = ("a",)
try:
    match Bad():
        case Bad(x):
            pass
except AttributeError as e:
    print("AttributeError", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case Rect(1):
            pass
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 42:
    case x:
        print("captured", x)
from_const = 3
match 3:
    case 1 | 2:
        print("no")
    case _ if from_const == 3:
        print("guard on wildcard")
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match "hello":
    case str(x) if x.startswith("h"):
        print("h-word", x)
match 1.5:
    case int():
        print("int")
    case float(f):
        print("float", f)
