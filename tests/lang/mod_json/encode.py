# Encoding through the C encoder: options, errors, floats and ints, escaping.
import json
import _json
from json import encoder
from collections import OrderedDict
import enum

print(encoder.c_make_encoder is _json.make_encoder, encoder.encode_basestring_ascii.__module__)

for s in ['', 'abc', 'a"b\\c', '\b\f\n\r\t', '\x00\x01\x1f\x7f', '\u00e9\u4e2d', '\U0001f600',
          '\ud800', '\udfff x', '/', 'a' * 3 + '\u0100']:
    print(ascii(_json.encode_basestring_ascii(s)), ascii(_json.encode_basestring(s)))
for bad in [b'x', 1, None]:
    for f in (_json.encode_basestring_ascii, _json.encode_basestring):
        try:
            f(bad)
        except Exception as e:
            print(type(e).__name__, e)

class F(float):
    def __repr__(self):
        return 'F!'
class I(int):
    def __repr__(self):
        return 'I!'
class Color(enum.IntEnum):
    RED = 1
class Fl(enum.Enum):
    pass

values = [
    None, True, False, 0, -1, 2**100, -2**70, 1.5, -0.0, 1e300, 1e-300, 0.1, 1e16, 123456789.123,
    float('inf'), float('-inf'), float('nan'), F(2.5), I(7), Color.RED, 'x', [], {}, (), [[]],
    [1, [2, [3, {'a': (4, 5)}]]], {'a': 1, 'b': [1, 2], 'c': {'d': None}},
    {1: 'int', 2.5: 'float', True: 'bool', None: 'none', float('inf'): 'inf'},
    {'\u00e9': '\U0001f600', 'q"': '\n'}, OrderedDict([('z', 1), ('a', 2)]),
]
for v in values:
    for kw in [{}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'sort_keys': True}]:
        try:
            print(json.dumps(v, **kw))
        except Exception as e:
            print(type(e).__name__, e)

for v in [float('nan'), [float('inf')], {'a': float('-inf')}, {float('nan'): 1}]:
    try:
        print(json.dumps(v, allow_nan=False))
    except Exception as e:
        print(type(e).__name__, e)

for v in [{(1, 2): 3}, {b'x': 1}, {'a': 1, (1,): 2, 'b': 3}]:
    try:
        print(json.dumps(v))
    except Exception as e:
        print(type(e).__name__, e)
    print(json.dumps(v, skipkeys=True))

try:
    print(json.dumps({'a': 1, 1: 'a'}, sort_keys=True))
except Exception as e:
    print(type(e).__name__, e)
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))

a = []
a.append(a)
d = {}
d['x'] = d
for v in [a, d, [a]]:
    try:
        json.dumps(v)
    except Exception as e:
        print(type(e).__name__, e)

class Obj:
    pass
class Loop:
    pass

def default(o):
    if isinstance(o, Obj):
        return {'obj': [1, 2]}
    if isinstance(o, Loop):
        return o
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

print(json.dumps([Obj(), {3, 1, 2}, Obj()], default=default))
for v in [Loop(), object(), [1, b'x']]:
    try:
        json.dumps(v, default=default)
    except Exception as e:
        print(type(e).__name__, e)
try:
    json.dumps(object())
except Exception as e:
    print(type(e).__name__, e)
print(json.dumps([a, a] if False else [[1], [1]], check_circular=False))

# the encoder object itself
enc = _json.make_encoder(None, str, _json.encode_basestring_ascii, None, ': ', ', ', True, False, True)
print(enc({'b': 1, 'a': 'é'}, 0), enc.sort_keys, enc.skipkeys, enc.key_separator, enc.indent)
print(type(enc([1, 2], 0)).__name__)
enc2 = _json.make_encoder({}, str, lambda s: '<' + s + '>', None, '=', ';', False, False, True)
print(enc2({'k': ['v', 1]}, 0))
for args in [(1, None, None, None, ': ', ', ', False, False, False), (None, None, None)]:
    try:
        _json.make_encoder(*args)
    except Exception as e:
        print(type(e).__name__, e)
bad = _json.make_encoder(None, str, lambda s: None, None, ': ', ', ', False, False, False)
for v in ['spam', {'spam': 1}]:
    try:
        bad(v, 4)
    except Exception as e:
        print(type(e).__name__, e)

deep = []
cur = deep
for i in range(100000):
    cur.append([])
    cur = cur[0]
try:
    json.dumps(deep)
except RecursionError:
    print('RecursionError')

# round trips
doc = {'list': [1, 2.5, 'three', None, True, False, {'nested': ['\u00e9', '\U0001f600', '\ud800']}],
       'big': 10**30, 'neg': -7, 'float': 1.7976931348623157e308, 'tiny': 5e-324, 'empty': {}}
for kw in [{}, {'ensure_ascii': False}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}]:
    text = json.dumps(doc, **kw)
    print(json.loads(text) == doc, len(text))
print(json.dumps(doc, indent=2, sort_keys=True))

# the output widens as wider characters arrive, and escapes mix with them
for seq in [['abc', '\u00e9', '\u4e2d', '\U0001f600', 'x'], ['\U0001f600', 'a"b', '\u00e9\n'],
            ['\u00ff' * 40, '\u0100', 'tail\t'], [{'\u4e2d\u6587': ['\x00', '\ud800', '\u00e9']}]]:
    for ea in (True, False):
        out = json.dumps(seq, ensure_ascii=ea)
        print(ascii(out), len(out), json.loads(out) == seq)
print(ascii(json.dumps({'\U0001f600' * 3: '\U0001f600' * 50}, ensure_ascii=False)))
print(ascii(json.dumps('x' * 1000 + '\u20ac', ensure_ascii=False)[-5:]))
