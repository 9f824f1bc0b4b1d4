# __text_signature__ and the first doc line of everything in _codecs,
# _struct, binascii and _locale, and their constants.
import _codecs, _struct, binascii, _locale
for m in [_codecs, _struct, binascii, _locale]:
    for n in sorted(dir(m)):
        f = getattr(m, n)
        if n == '_forget_codec':
            continue
        if callable(f) and not isinstance(f, type):
            print(m.__name__, n, f.__text_signature__, (f.__doc__ or '').split('\n')[0][:60])
        elif isinstance(f, int):
            print(m.__name__, n, type(f).__name__)
for n in sorted(dir(_struct.Struct)):
    if not n.startswith('__') or n == '__sizeof__':
        print('Struct', n, getattr(getattr(_struct.Struct, n), '__text_signature__', None))
print(_struct.Struct.__text_signature__, repr(_struct.Struct.__doc__), _struct.__doc__[:40])
print(binascii.__doc__, _locale.__doc__)
