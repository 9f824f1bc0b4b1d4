# Decoding through the C scanner: values, error messages and positions.
import json
import _json
from json import decoder, scanner

print(decoder.scanstring.__module__, scanner.make_scanner.__module__)
print(decoder.scanstring is _json.scanstring, scanner.make_scanner is _json.make_scanner)

docs = [
    '', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a":1,}', '{"a" 1}', '{"a":}', '{1:2}',
    '{"a":1 "b":2}', '[1,,2]', '"abc', '"a\\"', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u"',
    '"\\ud800"', '"\\ud800\\u1234"', '"\\ud800\\udc00"', '"\\ud83d\\ude00x"', '"\\udc00\\ud800"',
    '"\\ud800\\uzzzz"', '"\\ud800\\', '"\\ud800\\u"', '"a\x00b"', '"a\nb"', '"\x1f"', '"\x7f"',
    '[1, 2, 3] x', 'nul', 'tru', 'fals', 'NaN', 'Infinity', '-Infinity', '-Inf', '-', '--1',
    '01', '-0', '0.', '1.e5', '1e', '1e+', '1E-2', '1.5e3', '-0.0', '1.0e-400', '1e400',
    '123456789012345678901234567890', '[1.5, -2, 3e2, 0.1]', ' {"x" : [ true , false , null ] } ',
    '{"a": {"b": {"c": []}}}', '"\\/\\b\\f\\n\\r\\t\\\\\\""', '"\u00e9\u4e2d\U0001f600"',
    '[-]', '[01]', '{"a":1}{', '["a", "b", "a"]', '{"\\u00e9": "\\u4e2d"}', '\ufeff[]',
    '1.5x', '"\\u004A"', '"\\u004a\\u004B"', '[\t\r\n1\t]', '{"a":1}  ', '[1]\x0b',
]
for d in docs:
    try:
        r = json.loads(d)
        print(repr(d), '->', ascii(r))
    except json.JSONDecodeError as e:
        print(repr(d), 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(d), type(e).__name__, e)

for d in ['"a\x00b"', '"a\nb\tc"', '{"a\x01": "\x02"}']:
    print(ascii(json.loads(d, strict=False)))

# scanstring directly
for args in [('"abc"', 1), ('abc"def', 0), ('x', 1), ('x', 5), ('x', -1), ('"\\u0041', 1),
             ('"\\u0041"', 1), ('a\x00"', 0, False), ('a\x00"', 0, True), ('\\u0041', 0)]:
    try:
        print(args, ascii(_json.scanstring(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
for bad in [(b'x', 1), ('x', 'a'), ('x',)]:
    try:
        _json.scanstring(*bad)
    except Exception as e:
        print(type(e).__name__, e)

# the scanner object
dec = json.JSONDecoder()
s = _json.make_scanner(dec)
print(s.strict, s.object_hook, s.object_pairs_hook, s.parse_float, s.parse_int)
for args in [('[1, 2]', 0), ('  1', 2), ('x', 0), ('[1, 2]', 6), ('[1, 2]', 3), ('{"a": 1}', 0)]:
    try:
        print(args, s(*args))
    except StopIteration as e:
        print(args, 'StopIteration', e.value)
    except Exception as e:
        print(args, type(e).__name__, e)
for bad in [(b'x', 0), ('x', -1)]:
    try:
        s(*bad)
    except Exception as e:
        print(type(e).__name__, e)
print(s(string='"q"', idx=0))
try:
    _json.make_scanner(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('RecursionError')
try:
    json.loads('{"a":' * 100000 + '1' + '}' * 100000)
except RecursionError as e:
    print('RecursionError')
print(len(str(json.loads('[' * 100 + ']' * 100))))
