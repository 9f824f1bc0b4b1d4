import sys
def show(f):
    try: f()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb: names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
        print(type(e).__name__, e, names)
class Bad:
    def __add__(self, o): raise ValueError("add")
    def __getitem__(self, k): raise KeyError(k)
    def __len__(self): raise RuntimeError("len")
    def __iter__(self): raise StopIteration
    def __hash__(self): raise TypeError("hash")
    def __eq__(self, o): raise ArithmeticError("eq")
    def __repr__(self): raise LookupError("repr")
    def __format__(self, spec): raise IndexError("fmt")
    def __bool__(self): raise NameError("bool")
    def __getattr__(self, n): raise AttributeError("ga " + n)
    def __enter__(self): return self
    def __exit__(self, *a): raise ZeroDivisionError("exit")
b = Bad()
show(lambda: b + 1)
show(lambda: 1 + b)
show(lambda: b[1])
show(lambda: len(b))
show(lambda: list(b))
show(lambda: hash(b))
show(lambda: {b})
show(lambda: b == 1)
show(lambda: [b] == [b])
show(lambda: [1] == [b])
show(lambda: b in [1])
show(lambda: [1].index(b))
show(lambda: [1].count(b))
show(lambda: repr(b))
show(lambda: repr([b]))
show(lambda: str(b))
show(lambda: f"{b}")
show(lambda: format(b, ""))
show(lambda: not b)
show(lambda: b.zz)
show(lambda: getattr(b, "zz", 5))
show(lambda: print(b))
def w():
    with b: pass
show(w)
class StopIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("val")
print(list(StopIt()))
def g():
    yield from StopIt()
print(list(g()))
def gen_raises():
    raise StopIteration
    yield
show(lambda: list(gen_raises()))
class NextBad:
    def __iter__(self): return self
    def __next__(self): raise ValueError("next")
show(lambda: [x for x in NextBad()])
show(lambda: sorted(NextBad()))
show(lambda: max(NextBad()))
show(lambda: dict(NextBad()))
show(lambda: set(NextBad()))
show(lambda: tuple(NextBad()))
show(lambda: "".join(NextBad()))
show(lambda: sum(NextBad()))
show(lambda: enumerate(NextBad()).__next__())
show(lambda: zip(NextBad()).__next__())
show(lambda: map(str, NextBad()).__next__())
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([1]))
show(lambda: dict(["ab", "c"]))
class KeysOnly:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
show(lambda: dict(KeysOnly()))
print(dict(KeysOnly()), {**KeysOnly()})
def kw(**k): return k
print(kw(**KeysOnly()))
class KeysBad:
    def keys(self): return 5
show(lambda: dict(KeysBad()))
show(lambda: {**KeysBad()})
show(lambda: kw(**KeysBad()))
show(lambda: {**5})
show(lambda: kw(**[]))
show(lambda: [*5])
show(lambda: print(*5))
