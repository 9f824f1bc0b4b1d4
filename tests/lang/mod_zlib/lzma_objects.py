# _lzma against CPython's: constructor checks, filter specifiers, the
# decompressor's state, property helpers, containers and checks.
import _lzma, lzma, pickle
def t(f):
    try: r = f(); print(repr(r)[:110])
    except Exception as e: print(type(e).__name__, e)
C=_lzma.LZMACompressor; D=_lzma.LZMADecompressor
t(lambda: C(format='x')); t(lambda: C(1,2,3,4,5)); t(lambda: C(foo=1)); t(lambda: C(format=7)); t(lambda: C(format=lzma.FORMAT_AUTO))
t(lambda: C(check=99)); t(lambda: C(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32)); t(lambda: type(C(format=lzma.FORMAT_ALONE, check=0)).__name__)
t(lambda: C(preset=1, filters=[])); t(lambda: C(preset='x')); t(lambda: C(preset=-1)); t(lambda: C(preset=2**40)); t(lambda: C(preset=10)); t(lambda: C(preset=1.5))
t(lambda: C(format=lzma.FORMAT_ALONE, preset=10))
t(lambda: C(format=lzma.FORMAT_RAW)); t(lambda: C(filters=3)); t(lambda: C(filters=[3])); t(lambda: C(filters=[{}])); t(lambda: C(filters=[{'id': 'x'}])); t(lambda: C(filters=[{'id': 99}]))
t(lambda: C(filters=[{'id': lzma.FILTER_LZMA2, 'bogus': 1}])); t(lambda: C(filters=[{'id': lzma.FILTER_LZMA2, 'preset': 99}]))
t(lambda: C(filters=[{'id': lzma.FILTER_LZMA2, 'dict_size': 2**33}])); t(lambda: C(filters=[{'id': lzma.FILTER_LZMA2, 'mode': 2**40}])); t(lambda: C(filters=[{'id': lzma.FILTER_LZMA2, 'mf': 2**40}]))
t(lambda: C(filters=[{'id': lzma.FILTER_DELTA, 'dist': 'x'}])); t(lambda: C(filters=[{'id': lzma.FILTER_X86, 'foo': 1}]))
t(lambda: C(filters=[{'id': lzma.FILTER_LZMA2}]*5)); t(lambda: C(filters=[{'id': lzma.FILTER_DELTA}]))
t(lambda: C(filters=[{'id': lzma.FILTER_LZMA1}])); t(lambda: C(format=lzma.FORMAT_ALONE, filters=[{'id': lzma.FILTER_LZMA2}]))
t(lambda: C(filters=[{'id': -1}])); t(lambda: C(filters=[{'id': lzma.FILTER_LZMA2, 'lc': 9}]))
class M:
    def keys(self): return ['id']
    def __getitem__(self, k): return lzma.FILTER_LZMA2
t(lambda: C(filters=[M()]))
t(lambda: type(C(filters=({'id': lzma.FILTER_LZMA2, 'preset': 1},))).__name__)
t(lambda: D(format='x')); t(lambda: D(1,2,3,4)); t(lambda: D(foo=1)); t(lambda: D(format=9)); t(lambda: D(memlimit='x')); t(lambda: D(memlimit=-1))
t(lambda: D(format=lzma.FORMAT_RAW, memlimit=5)); t(lambda: D(format=lzma.FORMAT_RAW)); t(lambda: D(filters=[]))
t(lambda: D(format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA2}]).check)
t(lambda: pickle.dumps(C())); t(lambda: pickle.dumps(D()))
d = D(); print(d.check, d.eof, d.needs_input, d.unused_data)
x = lzma.compress(b'hello' * 1000)
print(x[:6], len(x))
print(d.decompress(x + b'tail'), d.check, d.eof, d.needs_input, d.unused_data) if False else None
r = d.decompress(x + b'tail'); print(len(r), d.check, d.eof, d.needs_input, d.unused_data)
t(lambda: d.decompress(b''))
t(lambda: D().decompress(b'garbage data xx'))
d = D(); t(lambda: d.decompress(b'\xfd7zXZ\x00garbage')); t(lambda: d.decompress(b'x'))
t(lambda: D(memlimit=1000).decompress(x))
c = C(); t(lambda: c.compress('x')); print(c.compress(b'abc')); y = c.flush(); print(len(y), y[:6]); t(lambda: c.flush()); t(lambda: c.compress(b'a'))
print(_lzma.is_check_supported(0), _lzma.is_check_supported(10), _lzma.is_check_supported(15), _lzma.is_check_supported(99))
t(lambda: _lzma.is_check_supported('x'))
print(_lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1, 'preset': 3}), _lzma._encode_filter_properties({'id': lzma.FILTER_LZMA2}), _lzma._encode_filter_properties({'id': lzma.FILTER_DELTA, 'dist': 5}), _lzma._encode_filter_properties({'id': lzma.FILTER_X86}), _lzma._encode_filter_properties({'id': lzma.FILTER_X86, 'start_offset': 16}))
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA1, b']\x00\x00\x80\x00'), _lzma._decode_filter_properties(lzma.FILTER_LZMA2, b'\x10'), _lzma._decode_filter_properties(lzma.FILTER_DELTA, b'\x04'), _lzma._decode_filter_properties(lzma.FILTER_X86, b'\x10\x00\x00\x00'))
t(lambda: _lzma._decode_filter_properties(99, b'')); t(lambda: _lzma._decode_filter_properties(lzma.FILTER_LZMA1, b'')); t(lambda: _lzma._decode_filter_properties(-1, b''))
t(lambda: _lzma._encode_filter_properties(3)); t(lambda: _lzma._encode_filter_properties({'id': 99}))
t(lambda: lzma.compress(b'abc', format=lzma.FORMAT_RAW, filters=[{'id': lzma.FILTER_LZMA2, 'preset': 1}]).hex())
t(lambda: lzma.compress(b'abc', format=lzma.FORMAT_ALONE).hex())
t(lambda: lzma.compress(b'abc', check=lzma.CHECK_SHA256).hex())
t(lambda: lzma.compress(b'abc', check=lzma.CHECK_NONE).hex())
t(lambda: lzma.compress(b'abc', preset=9 | lzma.PRESET_EXTREME).hex())
print(_lzma._decode_filter_properties(lzma.FILTER_ARM, b'\x00\x01\x00\x00'))
data = bytes(range(256)) * 400
x = lzma.compress(data)
d = D()
r = d.decompress(x, 10); print(len(r), d.needs_input, d.eof)
r = d.decompress(b'', 0); print(len(r), d.needs_input, d.eof)
r = d.decompress(b'', 100000); print(len(r), d.needs_input, d.eof)
r = d.decompress(b'', 100000); print(len(r), d.needs_input, d.eof)
d = D()
out = b''.join(d.decompress(x[i:i + 7]) for i in range(0, len(x), 7))
print(out == data, d.eof, d.check)
for fmt, kw in ((lzma.FORMAT_XZ, {}), (lzma.FORMAT_ALONE, {}), (lzma.FORMAT_XZ, {'check': lzma.CHECK_CRC32}),
                (lzma.FORMAT_XZ, {'check': lzma.CHECK_SHA256}), (lzma.FORMAT_XZ, {'check': lzma.CHECK_NONE}),
                (lzma.FORMAT_XZ, {'preset': 0}), (lzma.FORMAT_XZ, {'preset': 1 | lzma.PRESET_EXTREME})):
    c = C(fmt, **kw)
    s = c.compress(data) + c.compress(memoryview(data)[:100]) + c.flush()
    d = D()
    print(fmt, kw, len(s), d.decompress(s) == data + data[:100], d.check, d.eof)
chain = [{'id': lzma.FILTER_DELTA, 'dist': 4}, {'id': lzma.FILTER_X86, 'start_offset': 0},
         {'id': lzma.FILTER_LZMA2, 'preset': 6, 'dict_size': 1 << 20, 'lc': 3, 'lp': 0, 'pb': 2,
          'mode': lzma.MODE_NORMAL, 'nice_len': 64, 'mf': lzma.MF_BT4, 'depth': 0}]
c = C(lzma.FORMAT_RAW, filters=chain)
s = c.compress(data) + c.flush()
d = D(lzma.FORMAT_RAW, filters=chain)
print(len(s), d.decompress(s) == data, d.check)
c = C(lzma.FORMAT_ALONE, filters=[{'id': lzma.FILTER_LZMA1, 'preset': 1, 'mf': lzma.MF_HC4, 'mode': lzma.MODE_FAST}])
s = c.compress(data) + c.flush()
print(len(s), D(lzma.FORMAT_ALONE).decompress(s) == data)
for mf in (lzma.MF_HC3, lzma.MF_HC4, lzma.MF_BT2, lzma.MF_BT3, lzma.MF_BT4):
    print(mf, len(lzma.compress(data, filters=[{'id': lzma.FILTER_LZMA2, 'mf': mf}])))
c = C(); c.compress(b'abc'); c.__init__(format=lzma.FORMAT_ALONE); print(c.flush().hex())
d = D(); d.decompress(x[:50]); d.__init__(); print(d.needs_input, d.eof, d.check, len(d.decompress(x)))
try:
    class S(C): pass
except TypeError as e: print(e)
t(lambda: setattr(D(), 'check', 1))
t(lambda: C(filters=[b"wobsite"]))
t(lambda: C(filters=["id"]))
t(lambda: D(lzma.FORMAT_RAW, filters="zzz"))
t(lambda: _lzma._encode_filter_properties(b"not a dict"))
t(lambda: _lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "preset": "x"}))
