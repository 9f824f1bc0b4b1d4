def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# numeric tower emulation: __int__/__float__/__complex__/__index__ precedence in builtins
class OnlyFloat:
    def __float__(self): return 1.5
class OnlyInt:
    def __int__(self): return 3
class OnlyIndex:
    def __index__(self): return 4
class OnlyComplex:
    def __complex__(self): return 2j
for cls in (OnlyFloat, OnlyInt, OnlyIndex, OnlyComplex):
    o = cls()
    print(cls.__name__)
    t(lambda: int(o))
    t(lambda: float(o))
    t(lambda: complex(o))
    t(lambda: round(o))
    t(lambda: abs(o))
    t(lambda: o + 1)
    t(lambda: [1, 2, 3, 4, 5][o])
    t(lambda: "%d" % o)
    t(lambda: "%f" % o)
    t(lambda: "%x" % o)
    t(lambda: format(o, "d"))
    t(lambda: divmod(o, 1))
    t(lambda: pow(o, 2))
    t(lambda: o == 4)
    t(lambda: bool(o))
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
    def __float__(self): return 3.0
t(lambda: (int(Both()), float(Both()), complex(Both()), [0, 1, 2][Both()], "%d" % Both(), hex(Both())))
class ComplexAndFloat:
    def __complex__(self): return 1 + 1j
    def __float__(self): return 5.0
t(lambda: (complex(ComplexAndFloat()), float(ComplexAndFloat())))
t(lambda: complex(OnlyFloat(), OnlyFloat()))
t(lambda: complex(1, OnlyComplex()))
t(lambda: complex(OnlyComplex(), 1))
t(lambda: complex("1+2j", 1))
t(lambda: complex(real=OnlyIndex()))
t(lambda: int(OnlyFloat()))
t(lambda: int("5", base=OnlyIndex()))
