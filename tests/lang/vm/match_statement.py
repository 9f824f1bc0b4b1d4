class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(obj):
    match obj:
        case 0 | 1:
            return "small int"
        case int(n) if n < 0:
            return "negative %d" % n
        case str() as s:
            return "string " + s
        case [x, y]:
            return "pair %r %r" % (x, y)
        case [first, *rest]:
            return "seq starting %r with %d more" % (first, len(rest))
        case {"type": "user", "name": name, **extra}:
            return "user %s %s" % (name, sorted(extra))
        case {"type": t}:
            return "typed " + t
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "on y axis at %d" % y
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "some point"
        case None:
            return "none"
        case _:
            return "other " + type(obj).__name__

for v in [0, 1, -5, 7, "hi", [1, 2], (3, 4, 5), [9], {"type": "user", "name": "ann", "age": 3},
          {"type": "admin"}, Point(0, 0), Point(0, 4), Point(2, 2), Point(1, 3), None, 3.5, {}]:
    print(describe(v))

def literal(v):
    match v:
        case True:
            return "true"
        case 1.5:
            return "one and a half"
        case "a" | "b":
            return "a or b"
        case (1, 2):
            return "tuple 1 2"
    return "nothing"

print([literal(v) for v in (True, 1, 1.5, "b", (1, 2), [1, 2], "ab")])

class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

match 5:
    case Point(1, 2, 3):
        print("not reached")
    case _:
        print("isinstance fails before the arity check")

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

def keys(m):
    match m:
        case {"a": 1, "b": b}:
            return b
        case {}:
            return "empty pattern matches any mapping"
print(keys({"a": 1, "b": 2}), keys({"a": 2}), keys({}))

def seqs(v):
    match v:
        case []:
            return "empty"
        case [_, _, *_]:
            return "two or more"
        case str():
            return "not a sequence pattern"
        case _:
            return "one"
print(seqs([]), seqs([1]), seqs((1, 2, 3)), seqs("xy"), seqs(range(2)))
match 42:
    case int(x):
        print("self match", x)
