# Arithmetic and comparison fast paths must give exactly the generic results,
# also when operand types switch inside a warmed-up loop.

class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"
    def __lt__(self, other):
        return "MyInt.__lt__"

class Weird:
    def __eq__(self, other):
        return "weird eq"
    def __radd__(self, other):
        return "Weird.__radd__"

def add(a, b):
    return a + b

def lt(a, b):
    return a < b

def eq(a, b):
    return a == b

values = [1, -1, 0, 2**29, 2**30, -2**30, 2**31, 2**59, -2**59, 2**60, 2**62, 2**64,
          1.5, -0.0, float("inf"), float("nan"), True, False, MyInt(5), 10**20]
for a in values:
    row = []
    for b in values:
        r = add(a, b)
        row.append(repr(r))
        row.append(repr(lt(a, b)))
        row.append(repr(eq(a, b)))
    print(" ".join(row))

print(add(3, Weird()), eq(3, Weird()), eq(Weird(), 3))
print(add("ab", "cd"), add([1], [2]), add((1,), (2,)))

ops = [lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: a / b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b,
       lambda a, b: a >> b, lambda a, b: a << (b if abs(b) < 70 else 3), lambda a, b: a ** (b if abs(b) < 4 else 2),
       lambda a, b: a <= b, lambda a, b: a >= b, lambda a, b: a != b, lambda a, b: a > b]
operands = [0, 1, -1, 3, -7, 2**30 - 1, 2**45, -2**45, 2**59 + 12345, 2**61, 2.5, -3.0, True]
for i, op in enumerate(ops):
    line = []
    for a in operands:
        for b in operands:
            try:
                r = op(a, b)
                if isinstance(r, int) and abs(r) > 10**40:
                    r = "big%d" % (r % 1000003)
                line.append(repr(r))
            except Exception as e:
                line.append(type(e).__name__ + ":" + str(e))
    print(i, " ".join(line))

# precision of mixed int/float
print(2**53 + 1 + 0.0, (2**53 + 1) * 1.0, 1.0 * (2**60 + 1), (2**53 + 1) / 1, 7 / 2, -7 / 2, (2**55) / 3)
print(10**15 / 7, 123456789 / 1000, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)

# in-place string building, with aliases that must not change
def build(n):
    s = ""
    alias = None
    for i in range(n):
        s += str(i % 10)
        if i == 5:
            alias = s
        s = s + "-"
    return s, alias

s, alias = build(12)
print(s, alias)
t = "x"
u = t
t += "y"
print(t, u)
def loop_types():
    acc = 0
    out = []
    for v in [1, 2, 3.5, 4, "s", 5]:
        try:
            acc += v
        except TypeError as e:
            out.append(str(e))
        out.append(acc)
    return out
print(loop_types())
