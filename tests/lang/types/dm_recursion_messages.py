# The suffix of a runaway recursion through a builtin called inside the
# dunder it ends up calling again: str() and type() are not counted as
# calls of their type, len() is not counted at all, abs() (a one-argument
# builtin) and calling an instance are.
import sys
class S:
    def __str__(self): return str(self)
class L:
    def __len__(self): return len(self)
class B:
    def __bool__(self): return bool(self)
class R:
    def __repr__(self): return repr(self)
class H:
    def __hash__(self): return hash(self)
class G:
    def __getattr__(self, n): return getattr(self, n)
class I:
    def __iter__(self): return iter(self)
class A:
    def __add__(self, o): return self + o
class E:
    def __eq__(self, o): return self == o
class F:
    def __format__(self, s): return format(self, s)
class C:
    def __call__(self): return self()
class GI:
    def __getitem__(self, i): return self[i]
class IX:
    def __index__(self): return int(self) if False else [][self:]
class Ab:
    def __abs__(self): return abs(self)
class Co:
    def __contains__(self, x): return x in self
class Ne:
    def __neg__(self): return -self
for name, fn in [('str', lambda: str(S())), ('len', lambda: len(L())), ('bool', lambda: bool(B())),
                 ('repr', lambda: repr(R())), ('hash', lambda: hash(H())), ('getattr', lambda: G().x),
                 ('iter', lambda: iter(I())), ('add', lambda: A() + 1), ('eq', lambda: E() == 1),
                 ('format', lambda: format(F(), '')), ('call', lambda: C()()), ('getitem', lambda: GI()[0]),
                 ('index', lambda: [][IX():]), ('abs', lambda: abs(Ab())), ('contains', lambda: 1 in Co()),
                 ('neg', lambda: -Ne()), ('fstring', lambda: f"{S()}")]:
    try:
        fn()
    except RecursionError as e:
        print(name, e)


class T:
    def __eq__(self, o):
        return type(self)(self) == o

    def __init__(self, *a):
        pass


class SL:
    def __str__(self):
        return str(len(self))

    def __len__(self):
        return len(str(self))


for name, fn in [('type', lambda: T() == 1), ('str-len', lambda: str(SL())),
                 ('len-str', lambda: len(SL()))]:
    try:
        fn()
    except RecursionError as e:
        print(name, e)
print(type(1), str(5), len('abc'), type('x')('y'), str(b'a'), type(str))
x = 3
print(str(x) + str(), len([x]), type(x).__name__)
