# Truth testing: __bool__, then __len__, then always true.
class Empty:
    def __len__(self):
        return 0


class Full:
    def __len__(self):
        return 3


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Both:
    def __bool__(self):
        print("  __bool__ wins")
        return True

    def __len__(self):
        print("  __len__ not used")
        return 0


class Nothing:
    pass


for obj in (Empty(), Full(), Flag(True), Flag(False), Both(), Nothing()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)

print(bool(None), bool(0), bool(""), bool([]), bool([0]), bool(0.0), bool(1j))
print([x for x in (Empty(), Full(), Flag(False)) if x].__len__())
print(Flag(True) and "and-value", Flag(False) or "or-value")


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


class BigLen:
    def __len__(self):
        return 2 ** 70


class FloatLen:
    def __len__(self):
        return 3.0


for obj in (BadBool(), NegLen(), StrLen(), BigLen(), FloatLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, type(e).__name__, e)
for obj in (NegLen(), StrLen(), BigLen()):
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(obj).__name__, type(e).__name__, e)


class BoolLen(int):
    pass


class ReturnsBoolSub:
    def __len__(self):
        return BoolLen(2)


print(len(ReturnsBoolSub()), bool(ReturnsBoolSub()))
print(type(None).__bool__(None), bool.__name__)
