# The descriptor protocol: data and non-data descriptors and precedence.
class NonData:
    def __get__(self, obj, objtype=None):
        return f"nondata({'instance' if obj is not None else 'class'}, {objtype.__name__})"


class Data:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "data via class"
        return obj.__dict__.get("_data", "data default")

    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["_data"] = value

    def __delete__(self, obj):
        print("Data.__delete__")
        obj.__dict__.pop("_data", None)


class Host:
    nd = NonData()
    d = Data()
    plain = "class attribute"


h = Host()
print(h.nd, Host.nd)
print(h.d, Host.d)
h.d = 5
print(h.d)
h.__dict__["d"] = "instance dict loses against data descriptor"
print(h.d)
h.nd = "instance dict wins against non-data"
print(h.nd)
del h.nd
print(h.nd)
del h.d
print(h.d)
h.plain = "shadowed"
print(h.plain, Host.plain)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value


class Item:
    name = Typed(str)
    qty = Typed(int)

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


it = Item("bolt", 10)
print(it.name, it.qty)
try:
    it.qty = "many"
except TypeError as e:
    print(type(e).__name__, e)


class OnlySet:
    def __set__(self, obj, value):
        print("OnlySet", value)


class UsesOnlySet:
    x = OnlySet()


u = UsesOnlySet()
u.x = 1
print(type(u.x).__name__)


# functions are descriptors too
def free(self):
    return f"free called on {type(self).__name__}"


Host.method = free
print(h.method(), free.__get__(h)(), free.__get__(None, Host) is free)
print(type(Host.__dict__["method"]).__name__, type(h.method).__name__)
