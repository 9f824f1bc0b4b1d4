import sys, math
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
cases = r'''
complex('1+2j')
complex(' 1+2j ')
complex('(1+2j)')
complex(' ( 1+2j ) ')
complex('( 1+2j)')
complex('1 + 2j')
complex('1+2J')
complex('j')
complex('-j')
complex('+j')
complex('1j')
complex('1')
complex('1e5-1e-5j')
complex('inf+nanj')
complex('-infj')
complex('nan')
complex('infinityj')
complex('1_0+2_0j')
complex('1__0j')
complex('')
complex('x')
complex('1+')
complex('1+2')
complex('1+2jj')
complex('(1+2j')
complex('1+2j)')
complex('()')
complex('1+2j', 1)
complex(1, '2')
complex('1', 2)
complex(None)
complex(1, None)
complex([])
complex(b'1')
complex(1, 2)
complex(1j, 1j)
complex(1+2j, 3+4j)
complex(1.5)
complex(real=1, imag=2)
complex(imag=2)
complex(10**400)
complex(1, 10**400)
complex(-0.0, -0.0)
complex(0.0, -0.0)
complex('\u0661+\u0662j')
complex('1\x00')
complex()
1+2j
-(0j)
-0j
0j
complex(-0.0, 0)
complex(1, float('nan'))
complex(float('inf'), float('-inf'))
complex(float('nan'), -0.0)
1e300j
1e16j
(1e-5+1e16j)
str(1+2j)
(1+2j) / 0
(1+2j) / 0j
(1+2j) / (0+0j)
1 / 0j
(1+2j) // 1
(1+2j) % 1
divmod(1j, 1)
(1+2j) / (3-4j)
(1e300+1e300j) / (1e300+1e300j)
(1e-300+1e-300j) / (1e-300+1e-300j)
abs(3+4j)
abs(1e308+1e308j)
abs(complex(float('inf'), float('nan')))
abs(complex(float('nan'), 1))
(1+2j) ** 2
(1+2j) ** -2
(1+2j) ** 0
0j ** 0
0j ** 0j
0j ** -1
0j ** (1+1j)
0j ** 1j
(2+0j) ** 0.5
(-1+0j) ** 0.5
(1+1j) ** (1+1j)
(1+1j) ** 100
(1+1j) ** 10000
(10+10j) ** 1000
(1e200+1e200j) ** 2
(1+2j) ** 200
1j ** 2
1j ** 3
1j ** 1.0
2 ** 1j
pow(1j, 2, 3)
pow(1j, 2, None)
(1+2j).conjugate()
(1+2j).real
(1+2j).imag
(1+2j) == 1+2j
(1+0j) == 1
(1+0j) == 1.0
(1+0j) == True
1j == 1
(2**53+1+0j) == 2**53+1
(1+0j) != 1
1j < 2j
1j <= 1
1 > 1j
1j >= 1.0
hash(1j)
hash(1+0j) == hash(1)
hash(-1+0j)
hash(complex(0, -1))
hash(complex(1.5, 2.5))
hash(complex(float('inf'), 0))
(1+2j) + 1
(1+2j) - 1.5
1 - (1+2j)
(1+2j) * 2
2.0 * (1+2j)
True + 1j
(1+2j) * 10**400
(1+2j) + 'a'
int(1j)
float(1j)
round(1j)
math.floor(1j)
-(1+2j)
+(1+2j)
bool(0j)
bool(-0j)
bool(1j)
complex.__new__(complex, 1, 2)
type(complex.__new__(complex))
repr(complex(0.0, 0.0))
repr(complex(-0.0, 0.0))
repr(complex(0.0, -0.0))
repr(complex(-0.0, -0.0))
repr(complex(1, -0.0))
repr(complex(1e16, 1e-16))
repr(complex(123.0, 1))
repr(complex(0, 1.5))
repr(complex(float('nan'), float('nan')))
repr(complex(float('-nan'), float('inf')))
sys.getsizeof(1j)
format(1+2j)
str(complex(1, 0))
(1+2j).__getnewargs__()
complex.__complex__
(1j).__complex__()
'''
for line in cases.strip().split('\n'):
    t(line)
class C:
    def __complex__(self): return 2+3j
class CF:
    def __complex__(self): return 2.0
class CS(complex): pass
class CC:
    def __complex__(self): return CS(1, 1)
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 4
for o in [C(), CF(), CC(), F(), I(), CS(5,6)]:
    for f in [lambda: complex(o), lambda: complex(o, 1), lambda: complex(1, o), lambda: type(complex(o))]:
        try: print(repr(f()))
        except Exception as e: print(type(e).__name__, e)
print(repr(CS(1,2)), type(CS(1,2)+1), type(-CS(1,2)), type(CS(1,2).conjugate()))
print(CS.__new__(CS, '1+1j'))
class CS2(complex):
    def __repr__(self): return 'CS2!'
print(CS2(1), str(CS2(1)), [CS2(1)])
