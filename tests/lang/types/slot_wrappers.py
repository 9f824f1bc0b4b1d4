# Built-in methods seen from Python: slot wrappers, method descriptors, method-wrappers.
print(int.__add__, list.append, dict.__dict__["fromkeys"], str.__dict__["upper"])
print(int.__add__(2, 3), list.__len__([1, 2]), str.upper("abc"), dict.__getitem__({"k": 1}, "k"))
print((2).__mul__(5), "ab".__len__(), [3].__contains__(3), {1}.__contains__(2))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__.__name__)
print(list.append.__name__, list.append.__qualname__, type(list.append).__name__)
print(type((1).__add__).__name__, (1).__add__.__self__, (1).__add__.__name__)
print(int.__neg__(5), int.__bool__(0), float.__int__(2.7), int.__index__(7), int.__hash__(3))
print(list.__getitem__([5, 6], 1), list.__getitem__([5, 6], slice(0, 1)), tuple.__getitem__((1, 2), -1))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), int.__radd__(1, 2), int.__rsub__(1, 10))
print(str.__mul__("ab", 2), str.__rmul__("ab", 3), list.__mul__([0], 2), list.__rmul__([1], 2))
print(object.__repr__.__objclass__, type(object.__dict__["__init__"]).__name__)
for call in (lambda: int.__add__("a", 1), lambda: int.__add__(), lambda: (1).__add__(),
             lambda: (1).__add__(1, 2), lambda: list.append(1, 2), lambda: list.append(),
             lambda: list.__len__(1), lambda: str.upper(5), lambda: dict.__dict__["fromkeys"](1),
             lambda: dict.__dict__["fromkeys"](), lambda: int.__dict__["real"].__get__("s"),
             lambda: int.__add__(1, y=2), lambda: (5).__neg__(1)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1]
wrapper = lst.__len__
lst.append(2)
print(wrapper(), wrapper == lst.__len__, wrapper == [1, 2].__len__, hash(wrapper) == hash(lst.__len__))
print(int.__add__ is int.__dict__["__add__"], int.__add__ == int.__add__)
print(dict.fromkeys.__self__ is dict, list.append.__get__([9]).__self__, list.append.__get__(None, list) is list.append)
print("__radd__" in int.__dict__, "__radd__" in list.__dict__, "__rmul__" in list.__dict__, "__iadd__" in list.__dict__)
print(list.__hash__, dict.__hash__, object.__hash__ is not None, "__hash__" in tuple.__dict__)
print(type.__dict__["__call__"], type(type.__dict__["mro"]).__name__)
