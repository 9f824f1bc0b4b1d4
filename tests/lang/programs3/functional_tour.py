import functools, itertools, operator
from functools import reduce, partial, singledispatch, cached_property, lru_cache
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, [], 0))
pow2 = partial(pow, 2); print(pow2(10), pow2, partial(int, base=2)("1010"))
@singledispatch
def show(x): return f"obj:{x!r}"
@show.register
def _(x: int): return f"int:{x}"
@show.register(list)
def _(x): return "list:" + ",".join(show(i) for i in x)
@show.register(float)
@show.register(complex)
def _(x): return f"num:{x}"
print(show(1), show([1, "a", 2.5, 1j]), show(True), show(None))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing"); return 3.14159 * self.r ** 2
c = Circle(2); print(c.area, c.area, "area" in c.__dict__)
@lru_cache(maxsize=32)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info()); fib.cache_clear(); print(fib.cache_info())
@functools.cache
def sq(x): return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info())
@functools.wraps(fib)
def wrapper(*a): return fib(*a)
print(wrapper.__name__, wrapper.__wrapped__ is fib)
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([3, 1, 4], max, initial=0)))
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print(list(itertools.islice(itertools.count(10, 3), 5)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.permutations("abc", 2)), len(list(itertools.combinations(range(6), 3))))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.pairwise("abcd")), [list(t) for t in itertools.tee([1, 2], 2)])
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return itertools.zip_longest(*args, fillvalue=fill)
print(list(grouper("ABCDEFG", 3, "x")))
def powerset(s):
    s = list(s)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
def unique_everseen(it, key=None):
    seen = set()
    for e in it:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k); yield e
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
data = [{"n": "a", "v": 3}, {"n": "b", "v": 1}]
print(sorted(data, key=operator.itemgetter("v")), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
print(operator.itemgetter(1, 0)("xy"), list(map(operator.neg, [1, -2])), operator.index(5), operator.concat([1], [2]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(filter(None, [0, 3, None, 4])), any([]), all([]))
comp = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(comp(lambda x: x + 1, lambda x: x * 2, str)(5))
print(repr(partial(max, 1, key=abs)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("abc", itertools.count())), list(enumerate("xy", start=5)))
