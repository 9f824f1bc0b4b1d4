tests = [
 lambda: list.__setitem__([1], 1), lambda: dict.__setitem__({}, 1), lambda: bytearray.__setitem__(bytearray(), 1),
 lambda: property.__set__(property(), 1), lambda: object.__setattr__(1, "x"), lambda: list.__mul__([], 1, 2),
 lambda: list.__mul__([]), lambda: list.__imul__([]), lambda: list.__delitem__([]), lambda: list.__getitem__([]),
 lambda: int.__pow__(1), lambda: int.__pow__(1, 2, 3, 4), lambda: property.__delete__(property()),
 lambda: list.__contains__([]), lambda: int.__lt__(1), lambda: int.__hash__(1, 2), lambda: list.__init__([], 1, 2),
 lambda: type(sum).__call__(), lambda: object.__delattr__(1), lambda: list.__iter__([], 1), lambda: iter([]).__next__(1),
 lambda: int.__bool__(1, 2), lambda: int.__index__(1, 2), lambda: object.__getattribute__(1), lambda: object.__new__(),
 lambda: object.__delattr__(1, 2, 3), lambda: type.__getattribute__(int), lambda: object.__reduce_ex__(1),
 lambda: int.__new__(), lambda: list.__len__(), lambda: (1).__add__(), lambda: list.__mul__([], "x"),
]
for f in tests:
    try: f(); print("ok")
    except Exception as e: print(type(e).__name__, e)
