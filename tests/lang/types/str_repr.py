# __str__ and __repr__, and how print, str, repr, format and containers use them.
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"


m = Money(3.5, "EUR")
print(m)
print(repr(m), str(m))
print([m, m])
print({"price": m})
print(f"{m} / {m!r} / {m!s}")
print("%s and %r" % (m, m))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])


class OnlyStr:
    def __str__(self):
        return "only str"


o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"))


class BadStr:
    def __str__(self):
        return 42

    def __repr__(self):
        return None


for f in (str, repr):
    try:
        f(BadStr())
    except TypeError as e:
        print(type(e).__name__, e)


class StrSub(str):
    pass


class ReturnsSub:
    def __str__(self):
        return StrSub("sub")


print(str(ReturnsSub()), type(str(ReturnsSub())).__name__)


class Raises:
    def __repr__(self):
        raise ValueError("no repr for you")


try:
    print([Raises()])
except ValueError as e:
    print(type(e).__name__, e)


class Node:
    def __init__(self):
        self.children = []

    def __repr__(self):
        return f"Node({self.children})"


n = Node()
n.children.append(n)
print(repr(n))
print(ascii(Money(1, "€")))
