# format() of strings and str.format field grammar.
for s in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "^5.1", "05", "x<4"]:
    print(repr(format("héllo", s)), repr(format("ab", s)))
for v, s in [("a", "d"), ("a", ","), ("a", "_"), ("a", "=5"), ("a", "+"), ("a", "#"), ("a", "z"), ("a", ".2f"), (None, "x")]:
    try:
        print(repr(format(v, s)))
    except Exception as e:
        print(type(e).__name__, e)
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]}".format([5, 6]), "{0[k]}".format({"k": "v"}))
print("{0.real} {0.imag}".format(3 + 4j), "{!r} {!s} {!a}".format("é", "é", "é"), "{:>{w}}".format("r", w=4))
print("{{literal}} {}".format(7), "{:{}{}}".format(3.14159, ".", "3"), "{0:{1}}".format(42, "08b"))
print("{a[0]}{a[1]}".format(a="xy"), "{0!r:^10}".format("q"), "{ }".format(**{" ": 9}), "{00}".format(7))
class P:
    def __init__(self):
        self.x = 1
        self.y = [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{0.x} {0.y[1]} {0:custom}".format(P()), format(P(), "zz"))
print("{{}}".format_map({}), "{name} is {age}".format_map({"name": "Ann", "age": 30}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
for f, a, k in [("{", (), {}), ("}", (), {}), ("{0", (), {}), ("{!x}", (1,), {}), ("{!}", (1,), {}),
                ("{!rr}", (1,), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{0[0]x}", ([1],), {}),
                ("{:{:{}}}", (1, 2, 3), {}), ("{a.b}", (), {"a": 1}), ("{}{1}", (1, 2), {}), ("{1}{}", (1, 2), {}),
                ("{0:}}", (1,), {}), ("{x}", (), {}), ("{0}", (), {}), ("{}", (), {}), ("{0[5]}", ([1],), {}),
                ("{0:d}", ("s",), {})]:
    try:
        print(repr(f.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "{0}".format_map({})
except Exception as e:
    print(type(e).__name__, e)
