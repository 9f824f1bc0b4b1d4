# Decoder hooks through the C scanner: object_hook, object_pairs_hook,
# parse_float, parse_int, parse_constant, and keys shared by the memo.
import json
import decimal
from collections import OrderedDict

doc = '{"a": 1, "b": [1.5, 2, {"a": NaN, "c": -Infinity}], "c": Infinity, "a": 3}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_hook=lambda d: 1, object_pairs_hook=lambda p: len(p)))
print(json.loads(doc, parse_float=decimal.Decimal))
print(json.loads(doc, parse_int=lambda s: 'int:' + s))
print(json.loads(doc, parse_float=lambda s: 'float:' + s))
print(json.loads(doc, parse_constant=lambda s: 'const:' + s))
print(json.loads('[1e5, 1E+5, 1e-5, 0.5e2, -0, -0.0, 10]', parse_float=str, parse_int=str))
print(json.loads('123.456789e-3'), json.loads('-12345678901234567890'), json.loads('1.7976931348623157e309'))
print(repr(json.loads('5e-324')), repr(json.loads('0.1')), repr(json.loads('-1.5E+3')))

def boom(s):
    raise ValueError('boom ' + s)
for kw in [{'parse_int': boom}, {'parse_float': boom}, {'parse_constant': boom},
           {'object_hook': boom}, {'object_pairs_hook': boom}]:
    try:
        json.loads('[{"k": 1.5}, 2, NaN]', **kw)
    except Exception as e:
        print(type(e).__name__, e)

# equal keys come back as the same str object
r = json.loads('[{"key": 1}, {"key": 2}, {"key": 3}]')
print(r[0].keys() == r[1].keys(), list(r[0])[0] is list(r[2])[0])
r = json.loads('[{"key": 1}, {"key": 2}]', object_pairs_hook=list)
print(r[0][0][0] is r[1][0][0])

# int limits for long digit strings
try:
    json.loads('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(json.loads('9' * 4300))))

# decoder objects directly
d = json.JSONDecoder(strict=False)
print(d.raw_decode('["a\tb"]  rest'), d.decode(' "\x01" '))
try:
    json.JSONDecoder().raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)
for bad in ['[1] [2]', '{"a":1} x', '"\\ud83d\\ude00" 1']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos)
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
print(ascii(json.loads('"' + '\U0001f600' * 3 + '\\n' + '\u4e2d' + '"')))
print(ascii(json.loads('{"\U0001f600": ["\u00e9", "\\u00e9"]}')))
