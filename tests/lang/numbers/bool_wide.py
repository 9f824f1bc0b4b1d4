def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
class B:
    def __bool__(self): return 1
class B2:
    def __bool__(self): return False
class L:
    def __len__(self): return 3
class L0:
    def __len__(self): return 0
class LN:
    def __len__(self): return -1
class LB:
    def __len__(self): return 2**100
class LF:
    def __len__(self): return 1.5
class BL:
    def __bool__(self): return True
    def __len__(self): return 0
class BN:
    __bool__ = None
class LBig:
    def __len__(self): return True
class BInt(int):
    pass
class BI:
    def __bool__(self): return BInt(1)
cases = r'''
True + True
True - False
True * 3
True / 2
True // 1
True % 2
True ** 2
-True
+True
~True
~False
abs(True)
True & False
True | False
True ^ True
True & 1
1 & True
True << 2
True >> 1
divmod(True, True)
repr(True)
str(False)
f'{True}'
'%d' % True
'%s' % True
format(True, 'd')
format(True, '')
format(True, '>6')
int(True)
float(True)
complex(True)
hash(True)
True == 1
True is 1
True == 1.0
bool()
bool(0)
bool(0.0)
bool(-0.0)
bool(float('nan'))
bool('')
bool([])
bool(B())
bool(B2())
bool(L())
bool(L0())
bool(LN())
bool(LB())
bool(LF())
bool(BL())
bool(BN())
bool(LBig())
bool(BI())
not B()
bool(x=1)
bool(1, 2)
bool.__new__(bool, 0)
bool.__new__(int, 0)
type(True).__name__
True.real
True.numerator
True.bit_length()
True.to_bytes()
True.__index__()
True.conjugate()
type(True.conjugate())
(True).__round__()
type(round(True))
True.__bool__()
bool.__or__(True, 1)
bool.__and__(True, True)
bool.__xor__(True, 0)
type(bool.__or__(True, 1))
bool.__invert__(True)
bool.__doc__[:30]
bool.__mro__
sorted([True, False, 2, -1])
max(True, 2)
sum([True]*10)
'abc'[True]
[1,2][False]
{True: 'a', 1: 'b'}
{1.0: 'a', True: 'b'}
True.imag
bool.from_bytes(b'\x02')
bool(int)
bool(0j)
'''
for line in cases.strip().split('\n'):
    t(line)
try:
    class X(bool): pass
except TypeError as e: print(e)
