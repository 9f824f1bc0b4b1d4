# __hash__ and __eq__: using objects as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), hash(Key(1, 2)) == hash((1, 2)))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), Plain.__hash__ is object.__hash__)


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)


class KeepHash(Key):
    def __eq__(self, other):
        return super().__eq__(other)


print(KeepHash.__hash__)


class InheritHash(Key):
    pass


print(hash(InheritHash(1, 2)) == hash(Key(1, 2)), InheritHash(1, 2) == Key(1, 2))


class BigHash:
    def __hash__(self):
        return 2 ** 100


class NegOne:
    def __hash__(self):
        return -1


class BadHash:
    def __hash__(self):
        return "nope"


class BoolHash:
    def __hash__(self):
        return True


print(hash(BigHash()) == hash(2 ** 100), hash(NegOne()), hash(BoolHash()))
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
for value in ([], {}, set(), bytearray()):
    try:
        hash(value)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(None) == hash(None), hash(1) == hash(1.0) == hash(True))


class Restored(EqOnly):
    __hash__ = object.__hash__


print(type(hash(Restored())).__name__)
