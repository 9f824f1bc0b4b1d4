import sys, math
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
cases = r'''
repr(0.1)
repr(1e16)
repr(1e15)
repr(123456789012345678.0)
repr(1e-4)
repr(1e-5)
repr(0.0001234)
repr(-0.0)
repr(1e22)
repr(1e23)
repr(5e-324)
repr(1.7976931348623157e308)
repr(2.2250738585072014e-308)
str(1/3)
str(2.0**100)
str(float('nan'))
str(float('-nan'))
str(-float('inf'))
float('1_0.5')
float('1__0')
float('_1')
float('1_')
float('1_e5')
float('1e_5')
float('1e5_0')
float('.5')
float('5.')
float('.')
float('e5')
float(' \t 1.5 \n')
float('infinity')
float('-Infinity')
float('+iNf')
float('nan')
float('-NaN')
float('nan(1)')
float('infinit')
float('x')
float('')
float('1.5x')
float('0x10')
float('١.٥')
float('1e400')
float('-1e400')
float('1e-400')
float(b'1.5')
float(bytearray(b'2.5'))
float(memoryview(b'3.5'))
float(b'x')
float(None)
float([])
float('\x00')
float('1.5\x00')
float(10**400)
float(2**1024)
float(-2**1024)
float(2**1023)
float(True)
float()
float(x=1)
float(1, 2)
(1.5).hex()
(-0.0).hex()
(0.0).hex()
float('inf').hex()
float('nan').hex()
(5e-324).hex()
(1.7976931348623157e308).hex()
(0.1).hex()
float.fromhex('0x1.999999999999ap-4')
float.fromhex('0x1p-1074')
float.fromhex('0x1p-1075')
float.fromhex('0x1.8p-1074')
float.fromhex('0x1p1024')
float.fromhex('0x1.fffffffffffff8p1023')
float.fromhex('0x1.fffffffffffff7p1023')
float.fromhex('  0X1.8P+1  ')
float.fromhex('1.8')
float.fromhex('-inf')
float.fromhex('nan')
float.fromhex('infinity')
float.fromhex('0x')
float.fromhex('0x.p1')
float.fromhex('0x.8')
float.fromhex('0x8.')
float.fromhex('x')
float.fromhex('')
float.fromhex('0x1p')
float.fromhex('0x1p+')
float.fromhex('0x1_0')
float.fromhex('0x1p99999999999999999999')
float.fromhex('0x1p-99999999999999999999')
float.fromhex('0x0p99999999999999999999')
float.fromhex(1)
(1.5).is_integer()
(2.0).is_integer()
float('inf').is_integer()
float('nan').is_integer()
(1.5).as_integer_ratio()
(0.1).as_integer_ratio()
(-0.0).as_integer_ratio()
(1e300).as_integer_ratio()[1]
float('inf').as_integer_ratio()
float('nan').as_integer_ratio()
round(2.675, 2)
round(0.5)
round(1.5)
round(2.5)
round(-0.5)
round(-2.5)
round(1e300, -300)
round(1e300, -301)
round(1.5e300, -300)
round(123.456, -1)
round(123.456, -2)
round(123.456, -3)
round(0.125, 2)
round(0.375, 2)
round(1.23456789, 5)
round(5e-324, 323)
round(5e-324, 324)
round(1e-320, 400)
round(1.0, 10**10)
round(1.0, -10**10)
round(-1.0, -10**10)
round(1.5, None)
round(1.5, 0)
round(-1.5, 0)
round(float('inf'))
round(float('nan'))
round(float('inf'), 2)
round(float('nan'), 2)
round(1e20)
round(1.5, 1.5)
round(2**0.5, 2**100)
type(round(1.5))
type(round(1.5, 0))
(1.5).__round__()
(1.5).__round__(None)
(1.5).__trunc__()
(-1.5).__floor__()
(-1.5).__ceil__()
math.floor(1e300) == 10**300
math.floor(float('inf'))
math.ceil(float('nan'))
math.trunc(-1.5)
math.trunc(float('inf'))
5.0 % 3
-5.0 % 3
5.0 % -3
-5.0 % -3
0.0 % -3
-0.0 % 3
1e-300 % -1
5.0 // 3
-5.0 // 3
-0.0 // 3
0.0 // -3
5.0 % 0
5.0 // 0
5.0 / 0
5 / 0.0
5 // 0.0
5 % 0.0
divmod(5.0, 0)
divmod(-5.0, 3)
divmod(5.0, -3)
divmod(-0.0, 1)
divmod(0.0, -1)
divmod(float('inf'), 1)
divmod(1, float('inf'))
divmod(-1, float('inf'))
float('inf') % 1
1 % float('inf')
-1 % float('inf')
float('inf') // 1
1 // float('inf')
-1 // float('inf')
(-8.0) ** (1/3)
(-8.0) ** 0.5
(-8) ** 0.5
(-8.0) ** 2
(-8.0) ** -2
0.0 ** -1
0.0 ** -1.5
(-0.0) ** -1
0 ** -1.0
(-0.0) ** 3
(-0.0) ** 0.5
float('inf') ** -1
(-1.0) ** float('inf')
1.0 ** float('nan')
float('nan') ** 0
2.0 ** 10000
(-2.0) ** 10001
10.0 ** 400
1e308 * 10
1e308 + 1e308
math.exp(1000)
math.pow(10, 400)
math.pow(-1, 0.5)
math.sqrt(-1)
math.log(0)
math.log(-1)
math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
math.fsum([0.1]*10)
math.fsum([float('inf'), float('-inf')])
math.fsum([1e308, 1e308])
math.fsum([])
math.fsum([float('nan'), 1])
math.isclose(1.0, 1.0 + 1e-10)
math.isclose(1.0, 1.1, rel_tol=0.1)
math.isclose(1.0, 1.1, rel_tol=-0.1)
math.isclose(0.0, 1e-10, abs_tol=1e-9)
math.isclose(float('inf'), float('inf'))
math.isclose(float('nan'), float('nan'))
math.floor(1.5)
math.floor(-0.5)
math.ceil(-0.5)
math.floor(10**400)
math.floor('x')
float.__getformat__('double')
float.__getformat__('float')
float.__getformat__('x')
float.__getformat__(1)
float.__setformat__
int(1e308)
int(float('nan'))
int(float('inf'))
1e308 < 10**309
1e308 > 10**308
float('nan') == float('nan')
float('nan') != float('nan')
float('nan') < 1
float('nan') < 10**400
float('inf') == 10**400
float('inf') > 10**4000
2.0**53 + 1 == 2**53 + 1
float(2**53+1) == 2**53+1
0.5 == 1/2
hash(0.5)
hash(-0.5)
hash(1e-300)
hash(2.0**-1074)
hash(float('nan')) == hash(float('nan'))
hash(1e22) == hash(10**22)
hash(1.0) == hash(1) == hash(True)
hash(2.0**63) == hash(2**63)
hash(-2.0**100) == hash(-2**100)
hash(1.1)
hash(-1.1)
hash(123.456e10)
1.5 + True
1.5 * 2**100
2**100 * 1.5
10**400 * 1.0
10**400 + 0.5
0.5 + 10**400
1.0 - 10**400
10**400 / 1.5
1.5 / 10**400
1.5 // 10**400
10**400 // 1.5
10**400 % 1.5
divmod(10**400, 1.5)
1.0 < 2**63
1.0 < 'a'
1.0 + 'a'
'a' * 1.5
[1] * 1.5
-(0.0)
+(-0.0)
abs(-0.0)
abs(float('-inf'))
float.__new__(float, 1.5)
float.__new__(int, 1.5)
float.__dict__['real'].__get__(1.5)
(1.5).real, (1.5).imag, (1.5).conjugate()
sys.float_info
sys.float_info.max
sys.float_info.dig
sys.float_repr_style
sys.getsizeof(1.5)
float.fromhex.__doc__[:20]
1e1000
-1e1000
1_000.000_1
0x10 + 0.0
3.14e-10
3.0e+10
1.0e16
12345678.9e10
1e-7
100000000000000000.0
1.0e-320
'%r' % 0.1
'%s' % 1e16
'%g' % 1e16
'%.17g' % 0.1
str(1e16)
str(1.5e-7)
'{}'.format(1e16)
f'{1e16}'
f'{0.1!r}'
'%f' % 1e300
'%e' % 0.0
'%.0f' % 0.5
'%.0f' % 1.5
'%.0f' % 2.5
'%.2f' % 2.675
'%.1f' % 0.25
'%.20f' % 0.1
'%a' % 1.5
'%d' % 1.9
'%d' % -1.9
'%x' % 1.5
'%i' % float('inf')
'%d' % float('nan')
'%c' % 65.0
float('1.'+'0'*1000)
float('0.'+'0'*1000+'1')
float('1'*1000)
float('1e-'+'9'*100)
float('1e+'+'9'*100)
float('-0')
float('-0e-400')
float('0e9999999999999999999999')
'''
for line in cases.strip().split('\n'):
    t(line)
