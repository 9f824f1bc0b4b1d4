# Subclassing built-in types.
class CountingDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sets = 0

    def __setitem__(self, key, value):
        self.sets += 1
        super().__setitem__(key, value)

    def __missing__(self, key):
        return f"<missing {key}>"


d = CountingDict(a=1)
d["b"] = 2
d["c"] = 3
print(d, d.sets, d["zzz"], d.get("zzz"), len(d), isinstance(d, dict))
d.update(x=9)
print(d.sets, sorted(d))


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s[0], s[-2:], type(s[-2:]).__name__, s + [4], type(s + [4]).__name__)
s.extra = "attr"
print(s.extra, s == [1, 2, 3], sorted(s, reverse=True))


class Name(str):
    def greet(self):
        return f"Hello, {self}!"


n = Name("ada")
print(n.greet(), n.title(), type(n.title()).__name__, n == "ada", hash(n) == hash("ada"), {n: 1}["ada"])


class Money(int):
    def __repr__(self):
        return f"${int(self)}"

    def __add__(self, other):
        return Money(int(self) + int(other))


m = Money(5)
print(m, m + 3, 3 + m, m * 2, type(m * 2).__name__, -m, abs(Money(-2)), m.real, m.bit_length())


class Flags(set):
    pass


f = Flags("abc")
print(sorted(f), type(f | {"d"}).__name__, isinstance(f, set))


class Ordered(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, sorted(items))


print(Ordered(3, 1, 2), Ordered(3, 1, 2)[0], Ordered() == ())


class MyFloat(float):
    pass


print(MyFloat(2.5) * 2, type(MyFloat(1.5)).__name__, MyFloat("3.25"), MyFloat(1) == 1)


class MyBytes(bytes):
    pass


print(MyBytes(b"ab"), MyBytes(b"ab")[0], type(MyBytes(b"x")).__name__)


class MyException(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise MyException(42)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
