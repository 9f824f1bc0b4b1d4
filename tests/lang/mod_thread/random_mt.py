# _random.Random: the Mersenne Twister gives CPython's exact sequences for
# every kind of seed; getstate/setstate; getrandbits; argument errors;
# subclassing as random.py does it.
import _random


def t(f):
    try:
        print("ok", f())
    except BaseException as e:
        print(type(e).__name__, e)


R = _random.Random
r = R(42)
print([r.random() for i in range(5)])
print([r.getrandbits(k) for k in (1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 128, 129)])
print(r.getrandbits(1000))
print(r.getrandbits(0), r.random())

for seed in (0, 1, -1, 5, -5, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**64, -2**64,
             2**100 + 12345, 3**200, -(7**333), True, False):
    r.seed(seed)
    print(seed if abs(seed) < 10**20 else "big", r.random(), r.getrandbits(40))
# hash-seeded objects whose hash is the same everywhere
for seed in (3.5, -2.25, 1e300, (1, 2), (), None.__class__, frozenset()):
    if seed is None.__class__:
        continue
    r.seed(seed)
    print(repr(seed), r.random())


class BadAbs(int):
    def __abs__(self):
        return "not used"


r.seed(BadAbs(-7))
a = r.random()
r.seed(7)
print("int.__abs__ used:", a == r.random())

# the state: 624 words and the position
r.seed(12345)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[0], st[1], st[623])
x = [r.random() for i in range(700)]
print(r.getstate()[-1])
r.setstate(st)
print(x == [r.random() for i in range(700)])
print(R(12345).getstate() == st, r.getstate() == st)
r.setstate(st[:-1] + (624,))
print(r.random())
r.setstate(st[:-1] + (0,))
print(r.random())
r.setstate((2**32 + 5,) * 624 + (3,))
print(r.getstate()[:3], r.getstate()[-1])

print("-- errors")
t(lambda: r.setstate(1))
t(lambda: r.setstate([1] * 625))
t(lambda: r.setstate((1,) * 3))
t(lambda: r.setstate((1,) * 626))
t(lambda: r.setstate((1,) * 624 + (625,)))
t(lambda: r.setstate((1,) * 624 + (-1,)))
t(lambda: r.setstate((1,) * 623 + ("x", 1)))
t(lambda: r.setstate((1.0,) + (1,) * 624))
t(lambda: r.setstate((-1,) * 624 + (1,)))
t(lambda: r.setstate((2**64,) * 624 + (1,)))
t(lambda: r.setstate((1,) * 624 + (2**70,)))
t(lambda: r.setstate((1,) * 624 + (1.0,)))
t(lambda: r.setstate())
print(r.getstate()[:3])
t(lambda: r.getrandbits(-1))
t(lambda: r.getrandbits(2**40))
t(lambda: r.getrandbits(2**70))
t(lambda: r.getrandbits(1.5))
t(lambda: r.getrandbits("3"))
t(lambda: r.getrandbits(k=3))
t(lambda: r.getrandbits())
t(lambda: r.seed(1, 2))
t(lambda: r.seed(a=2))
t(lambda: r.seed([1]))
t(lambda: r.random(1))
t(lambda: r.getstate(1))
t(lambda: R(1, 2))
t(lambda: R(x=1))
t(lambda: R([]))
print(type(R().random()).__name__, type(R(None).random()).__name__)
r.seed()
r2 = R()
print(r.random() != r2.random(), 0.0 <= r.random() < 1.0)

print("-- subclasses")


class OwnInit(R):
    def __init__(self, a, b, c=3):
        print("init", a, b, c)


s = OwnInit(1, 2, c=4)
print(s.random(), s.getrandbits(8), s.getstate()[-1])
s.seed(42)
print(s.random() == R(42).random())


class Inherit(R):
    pass


t(lambda: Inherit(1, x=2))
t(lambda: Inherit(1, 2))
print(Inherit(42).random() == R(42).random())


class NewOnly(R):
    def __new__(cls, *a, **k):
        return super().__new__(cls)


t(lambda: NewOnly(1, 2))
t(lambda: NewOnly(x=1))
print(NewOnly(42).random() == R(42).random())
t(lambda: type(R.__new__(R, 1, 2, x=3)).__name__)


class Chained(R):
    def __init__(self, x=None):
        self.gauss_next = None
        super().__init__(x)

    def seed(self, a=None):
        print("seed called", a)
        super().seed(a)


c = Chained(42)
print(c.random() == R(42).random(), c.gauss_next)
c.seed(7)
print(c.random() == R(7).random())
print(R.random.__text_signature__, R.seed.__text_signature__, R.setstate.__text_signature__,
      R.getrandbits.__text_signature__)
print(R.random.__doc__)
print(R.__doc__)
print(_random.__doc__)
print(sorted(n for n in dir(_random) if not n.startswith("__")))
