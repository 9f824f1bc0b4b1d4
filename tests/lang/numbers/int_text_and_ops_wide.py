def t(s):
    try:
        r = eval(s)
        print(s, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
cases = r'''
int('1_000')
int(' 12 ')
int('\t-12\n')
int('+_1')
int('1__0')
int('_1')
int('1_')
int('0x1f', 0)
int('0x_1f', 0)
int('0b101', 0)
int('0o17', 0)
int('017', 0)
int('00', 0)
int('0_0', 0)
int('0x', 16)
int('0x1f', 16)
int('1f', 16)
int('0b1', 16)
int('z', 36)
int('Z', 36)
int('10', 37)
int('10', 1)
int('10', -1)
int('x')
int('')
int('  ')
int('1.5')
int('١٢٣')
int('12', base=3)
int(x='3')
int(3, 10)
int(b'12')
int(bytearray(b'12'))
int(b'12', 16)
int(b' 0x12 ', 0)
int(b'\xff')
int('\xff')
int('a'*300)
int(float('nan'))
int(float('inf'))
int(float('-inf'))
int(1e20)
int(-0.0)
int(2.9)
int(-2.9)
int(True)
int(None)
int([])
int(3j)
int('9'*5000)
int('1'*4300)
len(str(int('1'*4300)))
int('1'*4301)
str(10**4300)
str(10**4299)[:5]
repr(10**5000)
f'{10**5000}'
'%d' % 10**5000
hex(10**5000)[:10]
int('f'*5000, 16) > 0
int('1'*5000, 8) > 0
int('1'*5000, 10)
int('1'*5000, 0)
int('1'*5000, 2) > 0
int('1'*5000, 32) > 0
int('1'*5000, 36)
sys.get_int_max_str_digits()
sys.flags.int_max_str_digits
sys.set_int_max_str_digits(100)
sys.set_int_max_str_digits(640)
sys.set_int_max_str_digits(639)
sys.set_int_max_str_digits(0)
sys.set_int_max_str_digits(-1)
sys.set_int_max_str_digits(maxdigits=4300)
sys.set_int_max_str_digits('a')
sys.int_info
sys.int_info.default_max_str_digits
sys.int_info.str_digits_check_threshold
(5).bit_length()
(-5).bit_length()
(0).bit_length()
(2**1000).bit_length()
(-1).bit_count()
(255).bit_count()
(-255).bit_count()
(5).is_integer()
(1).to_bytes()
(256).to_bytes()
(255).to_bytes(1)
(-1).to_bytes(1)
(-1).to_bytes(1, signed=True)
(128).to_bytes(1, signed=True)
(-129).to_bytes(1, 'big', signed=True)
(1).to_bytes(2, 'little')
(1).to_bytes(2, 'middle')
(1).to_bytes(-1, 'big')
(0).to_bytes(0, 'big')
(1).to_bytes(0, 'big')
(-1).to_bytes(0, 'big', signed=True)
int.from_bytes(b'\x01\x00')
int.from_bytes(b'\x01\x00', 'little')
int.from_bytes(b'\xff', signed=True)
int.from_bytes([1,2,3])
int.from_bytes(b'', signed=True)
int.from_bytes('ab')
int.from_bytes(b'\x01', 'x')
bool.from_bytes(b'\x01')
type(bool.from_bytes(b'\x00'))
(10).as_integer_ratio()
(-10).as_integer_ratio()
True.as_integer_ratio()
(5).conjugate()
(5).numerator, (5).denominator, (5).real, (5).imag
True.real, True.imag, type(True.real)
pow(3, -1, 7)
pow(3, -2, 7)
pow(2, -1, 4)
pow(3, 2, 0)
pow(3, -1, 1)
pow(3, 2, -7)
pow(-3, 3, 7)
pow(3, -1, -7)
pow(0, -1, 5)
pow(3, 2, 1)
pow(3, 0, 1)
pow(3, 0, -1)
pow(2, 3, 5.0)
pow(2.0, 3, 5)
pow(2, -1)
pow(0, -1)
0 ** -1
0 ** -2
(-2) ** -1
(-8) ** (1/3)
2 ** 0.5
divmod(7, -2)
divmod(-7, 2)
divmod(-7, -2)
divmod(7, 0)
7 // 0
7 % 0
7 / 0
-7 // 2
-7 % 2
7 % -2
divmod(-10**30, 7)
divmod(10**30, -7)
(-10**30) % 7
10**400 / 10**399
10**400 / 3
(10**400+1) / 10**400
2**1100 / 2**10
10**400 / 1
1 / 10**400
(2**53+1) / 1
(2**54+3) / 2
10**309 / 10**0
float(10**309)
float(2**1024 - 2**970)
float(2**1024 - 2**970 - 1)
float(2**1024 - 2**969)
1 << -1
1 >> -1
1 << 2**100
0 << 2**100
1 >> 2**100
-1 >> 2**100
-1 >> 1000
-5 >> 1
-5 << 3
1 << 0
(-1) & 0xff
-12 | 5
-12 ^ -5
~-12
~0
-2**100 & 2**70-1
-2**100 | -3
-2**100 ^ 2**100
2**53+1 == float(2**53+1)
2**53+1 > float(2**53)
2**53+1 < 2.0**53
2**53 == 2.0**53
10**400 > float('inf')
10**400 < float('inf')
-10**400 > float('-inf')
1 == float('nan')
1 < float('nan')
hash(-1)
hash(-2)
hash(2**61-1)
hash(2**61)
hash(-2**61)
hash(2**64)
hash(-2**64)
hash(10**100)
hash(1.5)
hash(-1.0)
hash(float('inf'))
hash(float('-inf'))
hash(0.1)
hash(1e300)
hash(-0.0)
hash(2**61-2)
hash(2.0**61)
round(125, -1)
round(135, -1)
round(-125, -1)
round(15, -1)
round(25, -1)
round(5, -1)
round(-5, -1)
round(50, -2)
round(150, -2)
round(250, -2)
round(12345, -10)
round(12345, 2)
round(12345, None)
round(12345)
round(12345, 1.5)
round(2**100+2**99, -30)
round(True, -1)
type(round(True))
int.__round__(5, -1)
int('١٢٣')
int(' ١٢٣ ')
int('12', 0)
int('0', 0)
int('00001', 0)
int('0_1', 0)
int('0b', 0)
int('0b2', 0)
int('1e5')
int('0x10', base=0)
int(base=10)
int()
int(5, base=10)
int('5', base=10.0)
'''
import sys
for line in cases.strip().split('\n'):
    t(line)
