# In-place operators: __iadd__ and friends, and their fallbacks.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __repr__(self):
        return f"Bag({self.items})"

    def __iadd__(self, other):
        print("Bag.__iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("Bag.__add__")
        return Bag(self.items + list(other))

    def __imul__(self, n):
        self.items *= n
        return self

    def __isub__(self, other):
        return NotImplemented

    def __sub__(self, other):
        print("Bag.__sub__")
        return Bag(x for x in self.items if x not in other)


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias is b)
b *= 2
print(b)
b -= [1]
print(b, alias is b)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return OnlyAdd(self.v + other)

    def __repr__(self):
        return f"OnlyAdd({self.v})"


x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)


class Counter:
    def __init__(self):
        self.n = 0

    def __ior__(self, other):
        self.n |= other
        return self

    def __ipow__(self, other):
        self.n = (self.n or 2) ** other
        return self

    def __ifloordiv__(self, other):
        self.n //= other
        return self

    def __itruediv__(self, other):
        return "not self"

    def __imatmul__(self, other):
        return ("matmul", other)


c = Counter()
c |= 6
print(c.n)
c **= 2
print(c.n)
c //= 5
print(c.n)
c /= 2
print(c)
d = Counter()
d @= 3
print(d)

lst = [1]
ref = lst
lst += (2, 3)
print(lst, ref is lst)
t = (1,)
tref = t
t += (2,)
print(t, tref, t is tref)
s = "a"
s *= 3
print(s)
try:
    z = 1
    z += "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    o = OnlyAdd(1)
    o -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst *= 1.5
except TypeError as e:
    print(type(e).__name__, e)
