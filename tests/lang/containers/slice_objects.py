# slice objects and Ellipsis.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

s = slice(5)
print(s, s.start, s.stop, s.step, slice(1, 5), slice(1, 5, 2), slice(None, None, -1))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(0) <= slice(0))
print(slice(2, 10, 3).indices(8), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(100, -100, -7).indices(50), slice(10**30).indices(5))
attempt("hash", lambda: hash(slice(1)))
attempt("no args", lambda: slice())
attempt("four", lambda: slice(1, 2, 3, 4))
attempt("kw", lambda: slice(1, stop=2))
attempt("neg len", lambda: slice(1).indices(-1))
attempt("zero step", lambda: slice(1, 2, 0).indices(5))
attempt("bad len", lambda: slice(1).indices("a"))
attempt("set attr", lambda: setattr(slice(1), "start", 5))

class Grabber:
    def __getitem__(self, key):
        return key
g = Grabber()
print(g[1:2], g[::3], g[:, 1:], g[...], g[1, ...], g[::])
print(Ellipsis, ..., repr(...), ... is Ellipsis, type(...).__name__, bool(...))
attempt("ellipsis args", lambda: type(...)(1))
print(type(...)() is ...)
data = list(range(10))
first_half = slice(None, len(data) // 2)
odds = slice(1, None, 2)
print(data[first_half], data[odds], "abcdef"[odds], (1, 2, 3, 4)[odds])
data[odds] = [0] * 5
print(data)
