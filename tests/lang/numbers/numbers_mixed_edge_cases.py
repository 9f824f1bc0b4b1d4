import math, sys
def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
class I2(int): pass
class F2(float): pass
cases = r'''
math.floor(I2(5))
type(math.floor(I2(5)))
type(math.ceil(I2(5)))
type(math.trunc(I2(5)))
type(math.floor(F2(5.5)))
type(round(I2(5)))
type(round(I2(5), 2))
type(I2(5).__round__())
type(I2(5).__floor__())
type(I2(5).__trunc__())
type(I2(5).__index__())
type(I2(5).__int__())
type(operator_index := I2(5).__index__())
math.gcd(I2(4), 6)
type(math.gcd(I2(4)))
type(math.gcd(I2(4), 0))
type(math.lcm(I2(4)))
type(math.isqrt(I2(4)))
type(math.factorial(I2(4)))
type(abs(I2(-4)))
type(pow(I2(4), 1))
type(I2(4) >> 0)
type(I2(4) << 0)
type(I2(4) & -1)
type(I2(4) // 1)
type(I2(4) * 1)
type(I2(0) + 0)
type(divmod(I2(7), 1)[1])
10**400 // 1.0
divmod(10**400, 1e300)
(-10**400) % 1e300
1e300 % 10**400
1e300 // -10**400
2**1023 * 2.0
(2**1024 - 1) / 1
(2**1024 - 2**970) / 1
(2**1024 - 2**970 - 1) / 1
(2**1024 - 2**971) / 2**0
-(2**1074) / 2**2148
1 / 2**1075
3 / 2**1075
1 / (2**1074 * 3)
(2**53 + 1) / 2
(2**54 + 3) / 4
12345678901234567890123 / 10**22
10**22 / 12345678901234567890123
(10**400 + 1) // (10**200)
-7 // 2.0
7 // -2.0
-7.0 % 2
7.5 % -2
divmod(-0.0, -1)
divmod(0.0, -1)
-0.0 // 1
0.0 % -1
-0.0 % 1
math.fmod(-0.0, 1)
round(-0.0)
round(-0.4)
round(-0.5, 0)
round(-0.0, 1)
round(0.5, 0)
round(1.0e15 + 0.5)
round(2**52 + 0.5)
round(4503599627370497.0)
round(123456789.123456789, 5)
round(123.45, -1)
round(-123.45, -2)
round(5e-324, 400)
round(1.7976931348623157e308, -308)
round(1.7976931348623157e308, -307)
round(9.5e307, -308)
round(1.5, -400)
round(1e20, 3)
round(0.1 + 0.2, 16)
round(0.1 + 0.2, 15)
round(2.5, 0)
round(3.5, 0)
round(1e-5, 5)
round(1.25e-5, 6)
round(-1.25e-5, 6)
float(round(1e300)) == 1e300
int(1e300) == round(1e300)
sys.float_info.max * 2 == math.inf
float('1e308') * 10
-float('1e308') * 10
1e308 ** 2
(-1e308) ** 3
1e-308 ** 2
(-8) ** (1/3)
(-8) ** 0.0
0 ** 0.0
0.0 ** 0
(-0.0) ** -1
(-0.0) ** -2
(-0.0) ** -1.5
float('-inf') ** -1
float('-inf') ** -2
float('-inf') ** 3
float('-inf') ** 0.5
(-1) ** float('-inf')
0.5 ** float('-inf')
2 ** float('-inf')
(-2.0) ** 0.5
pow(-2.0, 0.5)
pow(-2, 0.5)
pow(2, -1.5)
pow(-2, -1.5)
'''
for line in cases.strip().split('\n'):
    t(line)
