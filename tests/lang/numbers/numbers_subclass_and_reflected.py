def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
class I(int):
    def __repr__(self): return 'I!'
class F(float):
    def __repr__(self): return 'F!'
class C(complex):
    def __repr__(self): return 'C!'
class I2(int): pass
class F2(float): pass
class C2(complex): pass
class R:
    def __round__(self, n=None): return ('round', n)
class Radd:
    def __radd__(self, o): return ('radd', o)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
    def __rsub__(self, o): return ('rsub', o)
    def __eq__(self, o): return 'eq!'
    def __lt__(self, o): return 'lt!'
    def __gt__(self, o): return 'gt!'
class IS(int):
    def __add__(self, o): return 'IS.add'
    def __radd__(self, o): return 'IS.radd'
    def __lt__(self, o): return 'IS.lt'
    def __gt__(self, o): return 'IS.gt'
class FS(float):
    def __radd__(self, o): return 'FS.radd'
    def __rtruediv__(self, o): return 'FS.rtruediv'
cases = r'''
str(I(5))
repr(I(5))
format(I(5))
f'{I(5)}'
'%s' % I(5)
'%d' % I(5)
'%r' % I(5)
str(F(1.5))
format(F(1.5))
f'{F(1.5)}'
'%s' % F(1.5)
'%f' % F(1.5)
str(C(1j))
format(C(1j))
str([I(1), F(2.0), C(3j)])
str(True)
I(5) + 1
I(5) * I(2)
type(I(5) + 0)
type(-I(5))
type(+I(5))
type(abs(I(-5)))
type(~I(5))
type(I(5) ** 1)
type(divmod(I(5), 2)[0])
hash(I(5)), hash(F(1.5)), hash(C2(1, 2)), hash(I2(-1))
I2(5) == 5, F2(1.5) == 1.5, C2(1) == 1
type(F2(1.5) + 1)
type(-F2(1.5))
type(abs(F2(-1.5)))
type(+F2(1.5))
type(F2(1.5).conjugate())
type(F2(1.5).real)
type(F2(2.0).__trunc__())
type(round(F2(2.5)))
type(round(F2(2.5), 1))
type(C2(1).conjugate())
type(-C2(1))
type(+C2(1))
type(C2(1).real)
type(int(I2(5))), type(float(F2(1.5))), type(complex(C2(1)))
type(int(F2(1.5))), type(float(I2(5))), type(complex(I2(5)))
round(R())
round(R(), 2)
round(R(), None)
1 + Radd()
1.5 + Radd()
1j + Radd()
2 ** Radd()
pow(2, Radd(), 5)
2.0 ** Radd()
True - Radd()
1 == Radd()
1 < Radd()
1.5 > Radd()
1j == Radd()
1 + IS(2)
IS(2) + 1
1 < IS(2)
1.5 < IS(2)
1.0 + FS(2)
1 + FS(2)
1 / FS(2)
True + IS(2)
I2.__add__(I2(1), 2)
float.__add__(1.0, 2)
float.__add__(1.0, 2.5)
float.__radd__(1.0, 2)
float.__add__(1.0, 'a')
float.__pow__(2.0, 3, 4)
float.__pow__(2.0, 3, None)
int.__pow__(2, 3, None)
complex.__pow__(2j, 3, None)
complex.__pow__(2j, 3, 4)
float.__divmod__(7.0, 2)
float.__mod__(7.0, 0)
float.__truediv__(7, 2.0)
complex.__add__(1j, 'a')
complex.__eq__(1j, 'a')
complex.__lt__(1j, 1j)
int.__lt__(1, 1j)
int.__eq__(1, 1.0)
float.__eq__(1.0, 1)
float.__eq__(1.0, 1j)
1 == 1+0j
1.5 == 1.5+0j
float('nan') == complex(float('nan'), 0)
I2(1) is I2(1)
F2(1.5).hex()
F2.fromhex('0x1p1')
type(F2.fromhex('0x1p1'))
I2.from_bytes(b'\x05')
type(I2.from_bytes(b'\x05'))
bool.from_bytes(b'\x00\x01')
I2(5).as_integer_ratio()
type(I2(5).as_integer_ratio()[0])
F2(0.5).as_integer_ratio()
I2(7).to_bytes()
(-I2(7)).bit_length()
I2('12', 5)
F2(' 1_0.5 ')
C2('1+1j')
F2(F2(1.5))
vars(I2(5))
I2(5).__dict__
F2(1.5).__dict__
'''
for line in cases.strip().split('\n'):
    t(line)
