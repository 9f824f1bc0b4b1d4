# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | str).

ga = list[int]
print(ga, type(ga).__name__, ga.__origin__, ga.__args__, ga.__parameters__)
print(dict[str, int], dict[str, list[int]], tuple[int, ...], tuple[()])
print(set[str], frozenset[bytes], type(enumerate[int]).__name__)
print(list[[int, str]].__args__)
print(ga == list[int], ga != list[str], ga == list, hash(ga) == hash(list[int]))
print(ga(range(3)), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(ga.append is list.append, ga.__name__ if hasattr(ga, "__name__") else "-")
print(ga.__class__.__name__, ga.__module__, ga.__mro_entries__(()))
print(ga.__unpacked__)

for f in (isinstance, issubclass):
    try:
        f([] if f is isinstance else list, list[int])
    except TypeError as e:
        print(type(e).__name__, e)

try:
    list[int][str]
except TypeError as e:
    print(type(e).__name__, e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__mro__[1], MyList([1, 2]))

# user classes with __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# unions
u = int | str
print(u, type(u).__name__, u.__args__, u.__parameters__, u.__module__)
print(int | None, None | int, int | int, int | str | int, (int | str) | (str | float))
print(int | list[int], list[int] | None, (int | str) == (str | int), hash(int | str) == hash(str | int))
print((int | str) == (int | float), (int | str) == int)
print(isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (str, int | float)))


class A:
    pass


print(A | int)
for bad in ("int | 1", "1 | int", "int | 'x'", "None | None"):
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(u)()
except TypeError as e:
    print(type(e).__name__, e)
d = {int | str: "u", list[int]: "g"}
print(d[str | int], d[list[int]])
print(type.__doc__)
print(int.__doc__.splitlines()[0])
