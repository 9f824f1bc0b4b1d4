for s in ["int(x=1)", "int('1', base=2, x=3)", "int('1', 2, base=3)", "int('1', y=3)", "int(base=2, y=3)", "int('1', 2, y=3)", "int('1', base=2, y=3)", "int(1, 2, 3, y=4)", "int(**{'base': 2})", "int('1', **{1: 2})", "float(x=1)", "float(1, y=2)", "complex(1, 2, 3)", "complex(x=1)", "complex(1, real=2)", "complex(1, 2, imag=3)", "bool(1, 2)", "bool(x=1)", "int.from_bytes(b'1', 'big', 'x')", "int.from_bytes()", "(1).to_bytes(1, 'big', True)", "(1).to_bytes(1, 'big', x=1)", "(1).to_bytes(1, 'big', length=2)", "int.from_bytes(b'1', 'big', bytes=b'1')", "round(1.5, 2, 3)", "round()", "round(number=1.5)", "round(1.5, ndigits=1)", "pow(2, exp=3)", "pow(base=2, exp=3, mod=5)", "divmod(1)", "abs()", "(1).__round__(1, 2)", "(1.5).__round__(1, 2)", "(1).__format__()", "(1).bit_length(1)", "float.fromhex()", "float.fromhex('1', '2')", "(1.5).hex(1)", "(5).__pow__()", "(5).__pow__(1,2,3)", "(5).__add__()", "complex.conjugate()", "(1j).__format__(1)"]:
    try: print(s, eval(s))
    except Exception as e: print(s, type(e).__name__, e)
for s in ["int.from_bytes(b'1', 1)", "(1).to_bytes(1, 1)", "(1).to_bytes('a')", "(1).to_bytes(1.5)", "(1).to_bytes(2**63)", "(1).to_bytes(-2**70)", "(1).to_bytes(signed=1)", "(1).to_bytes(1, byteorder='little', signed=[])", "int.from_bytes(b'\\xff', signed='')", "int.from_bytes(b'\\xff', 'little', signed=[0])", "int.from_bytes(bytes=b'\\x01')", "int('10', base=None)", "int('10', None)", "int(None, 10)", "int(base=10)", "complex(real=None)", "complex(imag='1')"]:
    try: print(s, eval(s))
    except Exception as e: print(s, type(e).__name__, e)
def t(f):
    try: r = f(); print(repr(r), type(r).__name__)
    except Exception as e: print(type(e).__name__, e)
class I(int):
    def __init__(self, *a, **k): print('I.__init__', a, k)
class I2(int):
    def __new__(cls, v, extra=0): return super().__new__(cls, v + extra)
class F(float): pass
class F2(float):
    def __init__(self, v, tag=None): self.tag = tag
class C(complex):
    def __new__(cls, *a, **k): print('C.__new__', a, k); return super().__new__(cls, *a)
class B(int): pass
for f in [lambda: I(5), lambda: I('7', 8), lambda: I('7', base=8), lambda: I2(3, extra=4), lambda: F(1.5), lambda: F(x=1.5),
          lambda: F2(2.5, tag='t').tag, lambda: F2(2.5, tag='t'), lambda: C(1, 2), lambda: C(real=1), lambda: complex(real=3, imag=4),
          lambda: int(), lambda: float(), lambda: complex(), lambda: bool(), lambda: int('12', 3), lambda: float('1e3'),
          lambda: bool([1]), lambda: bool(x=1), lambda: float(x=1), lambda: float(1, 2), lambda: bool(1, 2), lambda: int(1, 2, 3),
          lambda: complex(1, 2, 3), lambda: int(*[]), lambda: int(**{}), lambda: float(*['2']), lambda: bool(**{}),
          lambda: int.__new__(int), lambda: float.__new__(F, 2), lambda: int.__call__('5'), lambda: type(5)('6'),
          lambda: [int, float, complex, bool][0]('8'), lambda: list(map(int, ['1', '2'])), lambda: list(map(float, ['1', '2'])),
          lambda: B(True), lambda: type(B(True)), lambda: float.__new__(float, x=1), lambda: int.__new__(int, '10', base=2)]:
    t(f)
