# isinstance/issubclass with X | Y unions (types.UnionType).
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(3.0, int | str))
print(issubclass(bool, int | str), issubclass(float, int | None), isinstance(None, int | None))
print(isinstance(3, (float, int | str)), int | str == str | int, (int | str).__args__)
u = int | list
print(u, type(u).__name__, isinstance([], u))
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(type(e).__name__, e)
