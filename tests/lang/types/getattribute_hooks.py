# __getattribute__: intercepting every attribute access.
class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  get {name}")
        return super().__getattribute__(name)

    def method(self):
        return self.x


o = Logged()
print(o.x)
print(o.method())
try:
    o.nope
except AttributeError as e:
    print(type(e).__name__, e)


class Hidden:
    secret = "s3cr3t"
    visible = "v"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


h = Hidden()
print(h.visible, h.secret, h.other)
print(object.__getattribute__(h, "secret"))


class Counting:
    count = 0

    def __getattribute__(self, name):
        type(self).count += 1
        return object.__getattribute__(self, name)


cnt = Counting()
cnt.a = 1
cnt.a
cnt.a
print(Counting.count)
print(type(Counting.__dict__["__getattribute__"]).__name__)
print(object.__getattribute__, type(object.__dict__["__getattribute__"]).__name__)
try:
    object.__getattribute__(h, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(h, "visible"), getattr(1, "real"), (1).__getattribute__("imag"))
try:
    getattr(h, 1)
except TypeError as e:
    print(type(e).__name__, e)
