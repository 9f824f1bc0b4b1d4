def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# iterator protocol corner cases
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
c = CountDown(3)
print(list(c), list(c))
print(list(zip(CountDown(3), "ab")), list(enumerate(CountDown(2))), sorted(CountDown(4)))
print(max(CountDown(5)), min(CountDown(5)), sum(CountDown(5)), any(CountDown(3)), all(CountDown(3)))
print(dict.fromkeys(CountDown(2)), set(CountDown(3)), tuple(CountDown(2)), "".join(map(str, CountDown(4))))
a, b, *rest = CountDown(5); print(a, b, rest)
t(lambda: [x for x, in CountDown(2)])
def unpack2(it):
    x, y = it
    return x, y
t(lambda: unpack2(CountDown(3)))
t(lambda: unpack2(CountDown(1)))
t(lambda: unpack2(5))
def star_unpack(it):
    x, *y, z = it
    return x, y, z
t(lambda: star_unpack(CountDown(1)))
t(lambda: star_unpack(CountDown(4)))
class SeqOnly:
    def __getitem__(self, i):
        if i < 3: return i * i
        raise IndexError(i)
print(list(SeqOnly()), 4 in SeqOnly(), 5 in SeqOnly(), list(reversed([*SeqOnly()])))
t(lambda: len(SeqOnly()))
t(lambda: reversed(SeqOnly()))
class SeqKeyErr:
    def __getitem__(self, i): raise KeyError(i)
t(lambda: list(SeqKeyErr()))
class SeqStop:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
t(lambda: list(SeqStop()))
it = iter(SeqOnly())
print(type(it).__name__, next(it), next(it), next(it), next(it, "end"), next(it, "end"))
t(lambda: it.__length_hint__())
ci = iter(lambda: 1, 1); t(lambda: list(ci))
vals = iter([1, 2, 3, None, 5])
t(lambda: list(iter(vals.__next__, None)))
t(lambda: iter(5, 1))
t(lambda: iter(lambda: 0, 0, 0))
t(lambda: type(iter(lambda: 0, 1)).__name__)
class NextRaisesTypeError:
    def __iter__(self): return self
    def __next__(self): raise TypeError("inner")
t(lambda: list(NextRaisesTypeError()))
t(lambda: [*NextRaisesTypeError()])
t(lambda: dict.fromkeys(NextRaisesTypeError()))
class IterReturnsIterable:
    def __iter__(self): return [1, 2]
t(lambda: iter(IterReturnsIterable()))
t(lambda: list(IterReturnsIterable()))
class LenAndGetitem:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return "v%d" % i
print(list(reversed(LenAndGetitem())), list(LenAndGetitem()), "v1" in LenAndGetitem())
r = reversed(LenAndGetitem())
t(lambda: r.__length_hint__())
class Gen:
    def __iter__(self):
        yield 1
        yield 2
print(list(Gen()), type(iter(Gen())).__name__)
