# complex() from numbers and strings.
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex(True, False), complex(2**70))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(1, imag=5))
print(complex(0.0, -0.0), complex(-0.0), complex(1j), complex(-0.0, 0j))
for s in ["1", "1j", "j", "-j", "+J", "1+2j", "1-2j", "-1.5e3+4.5e-2j", " ( 3+4j ) ", "(1j)", "inf", "-infj", "nan+nanj",
          "1e300j", "1_0+2_0j", "  7  ", "0x1" if False else "0", "3.", ".5j", "1E2J"]:
    print(repr(s), complex(s))
for s in ["", " ", "1+", "1+2", "j1", "1jj", "(1+2j", "1+2j)", "((1))", "1 + 2j", "x", "1..2", "1+2i", "1_j", "_1j", "1+-2j"]:
    try:
        print(complex(s))
    except ValueError as e:
        print("ValueError", repr(s), e)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: complex("1", 2))
t(lambda: complex(1, "2"))
t(lambda: complex(None))
t(lambda: complex(1, None))
t(lambda: complex([1]))
t(lambda: complex(1, 2, 3))
t(lambda: complex(foo=1))
class C:
    def __complex__(self):
        return 2 + 3j
class Bad:
    def __complex__(self):
        return 5
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 4
t(lambda: complex(C()))
t(lambda: complex(Bad()))
t(lambda: complex(F(), I()))
class MyC(complex):
    pass
z = MyC(1, 2)
print(type(z).__name__, z, z + 1, type(z + 1).__name__, MyC("3j"))
