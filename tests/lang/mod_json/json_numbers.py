# Numbers through the C scanner and encoder: every int width around the
# machine-word boundaries, float edge cases, int and float subclasses.
import json
import sys

for t in ['0', '-0', '7', '-7', '999999999999999999', '-999999999999999999', '1000000000000000000',
          '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
          '18446744073709551616', '123456789012345678901234567890123456789']:
    v = json.loads(t)
    print(t, type(v).__name__, v, json.dumps(v), json.loads('[' + t + ']') == [v])
for t in ['0.0', '-0.0', '1.0', '1e308', '1e309', '-1e309', '2.2250738585072014e-308', '4.9e-324',
          '1e-400', '0.30000000000000004', '123456789.123456789', '1.5E10', '1.5e+10', '9007199254740993.0']:
    v = json.loads(t)
    print(t, repr(v), json.dumps(v))
for v in [0.1 + 0.2, 1 / 3, 2.0 ** 60, 1e22, 1e-7, -1e100, sys.float_info.max, sys.float_info.min,
          float('inf'), -float('inf')]:
    print(json.dumps(v), json.dumps([v]), json.dumps({v: v}))
print(json.dumps([True, 1, 1.0, False, 0, 0.0]), json.dumps({True: 1, 1.5: 2, 3: 3}))
print(json.loads('[1, 2.0, -3, -4.5e-1]', parse_int=float, parse_float=int if False else float))
old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(5000)
print(len(json.dumps(json.loads('7' * 4999))))
sys.set_int_max_str_digits(old)
try:
    json.dumps(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
