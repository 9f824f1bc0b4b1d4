# classmethod and staticmethod: alternative constructors and helpers.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(MyDate(2, 2, 2).from_string("3-3-3"))

cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(sm(2004), callable(sm))
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.is_leap.__name__, Date.is_leap.__qualname__)
bound = Date.from_string
print(type(bound).__name__, bound.__func__ is cm.__func__)


def helper(cls, x):
    return f"{cls.__name__}:{x}"


class K:
    pass


K.helper = classmethod(helper)
K.util = staticmethod(len)
print(K.helper(1), K().helper(2), K.util("abc"))
try:
    classmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(len, x=1)
except TypeError as e:
    print(type(e).__name__, e)


class Counter:
    instances = 0

    def __init__(self):
        type(self).instances += 1

    @classmethod
    def count(cls):
        return cls.instances


Counter(); Counter()
print(Counter.count())
print(list.__dict__["copy"], dict.__dict__["fromkeys"])
print(dict.fromkeys("ab"), type(dict.__dict__["fromkeys"]).__name__)
