# Mapping and sequence subclasses in the encoder, argument errors of the
# scanner and encoder objects.
import json
class D(dict):
    def items(self):
        return [(1, 2, 3)]
class E(dict):
    def items(self):
        return [('z', 1), ('a', 2)]
for v in [D(a=1), E(q=1), [E(q=1)]]:
    try:
        print(json.dumps(v), json.dumps(v, sort_keys=True))
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __iter__(self):
        return iter([9])
print(json.dumps(L([1, 2])), json.dumps((1, (2,))))
import _json
try:
    _json.scanstring('"abc"', 1.0)
except Exception as e:
    print(type(e).__name__, e)
s = _json.make_scanner(json.JSONDecoder())
try:
    s('"abc"', 1.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    s('"abc"')
except Exception as e:
    print(type(e).__name__, e)
enc = _json.make_encoder(None, str, _json.encode_basestring, None, ':', ',', False, False, True)
try:
    enc([1])
except Exception as e:
    print(type(e).__name__, e)
print(enc(obj=[1, {'a': 2}], _current_indent_level=3))
print(type(s).__name__, type(enc).__name__, repr(type(s)))
try:
    type(s)()
except Exception as e:
    print(type(e).__name__, e)
