# __getitem__, __setitem__, __delitem__, __len__ and __contains__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return [self[i, 0] for i in range(*key.indices(self.w))]
        raise TypeError(f"bad key type {type(key).__name__}")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells.values()


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[2, 1], len(g), "@" in g, "x" in g)
print(g[0:3], g[::2])
del g[0, 0]
print(g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    g["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


s = Seq()
print(list(s), 9 in s, 5 in s, [x for x in s], sorted(s, reverse=True))
a, b, *rest = s
print(a, b, rest)
it = iter(s)
print(next(it), next(it), type(it).__name__)


class ClassGetItem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(ClassGetItem[int], ClassGetItem["x"])
try:
    int[0]
except TypeError as e:
    print(type(e).__name__, e)
five = 5
for bad in (lambda: five[0], lambda: object()[0]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    x = 5
    x[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = (1, 2)
    del x[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    pair = [1, 2]
    pair["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    five in five
except TypeError as e:
    print(type(e).__name__, e)
