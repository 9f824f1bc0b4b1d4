# random.py on top of _random and _sha512: the same sequences as CPython
# for int, str and bytes seeds (version 1 and 2), and the distributions
# built on random() and getrandbits().
import random

random.seed(42)
print(random.random(), random.random())
random.seed(42)
print(random.randint(1, 100), random.randrange(0, 1000, 7), random.choice("abcdef"))
for seed in ("hello", b"hello", bytearray(b"xyz"), "", "\u20ac" * 10, 0, -3, 2**80, 3.25):
    random.seed(seed)
    print(repr(seed), random.random())
random.seed("hello", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed(12345)
print(random.sample(range(100), 5), random.uniform(1, 2))
print(random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(2))
print(random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.triangular(0, 10, 3))
x = list(range(15))
random.shuffle(x)
print(x)
print(random.getrandbits(70), random.randrange(10**30), random.choices("abc", k=8))
print(random.choices(range(5), weights=[1, 2, 3, 4, 5], k=6), random.randbytes(6).hex())
st = random.getstate()
print(st[0], len(st[1]), st[2])
a = [random.random() for i in range(5)]
random.setstate(st)
print(a == [random.random() for i in range(5)])
r = random.Random(7)
print(r.random(), r.randint(0, 10**20))
r2 = random.Random()
r2.setstate(r.getstate())
print(r.random() == r2.random())


class MyRandom(random.Random):
    def random(self):
        return 0.5


m = MyRandom(1)
print(m.random(), m.randrange(10), m.choice([1, 2, 3]))
print(0.0 <= random.SystemRandom().random() < 1.0)
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    random.Random().seed(1, version=3)
except Exception as e:
    print(type(e).__name__, e)
