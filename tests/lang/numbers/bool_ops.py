print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("False"), bool([]), bool(()), bool(None), bool(0j))
print(repr(True), str(False), True.__repr__(), type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(bool.__mro__, bool.__base__)
class Truthy:
    def __bool__(self):
        return False
class Len:
    def __len__(self):
        return 3
print(bool(Truthy()), bool(Len()), not Truthy(), not Len())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
t(lambda: type("B", (bool,), {}))
class BadBool:
    def __bool__(self):
        return 1
t(lambda: bool(BadBool()))
t(lambda: bool.__new__(int))
print(True and 3, False or "x", not 0, True & True, (True | False) is True, (True ^ True) is False)
print([x for x in range(5) if x % 2], any([0, False, 0.0]), all([1, True, 2.5]))
