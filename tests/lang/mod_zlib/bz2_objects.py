# _bz2's compressor and decompressor against CPython's: messages, needs_input,
# max_length, unused_data, the error latch, re-initialisation.
import _bz2, bz2, pickle
def t(f):
    try: r = f(); print(repr(r)[:100])
    except Exception as e: print(type(e).__name__, e)
C=_bz2.BZ2Compressor; D=_bz2.BZ2Decompressor
print(C.__text_signature__, D.__text_signature__, C.compress.__text_signature__, C.flush.__text_signature__, D.decompress.__text_signature__)
t(lambda: C(0)); t(lambda: C(10)); t(lambda: C('a')); t(lambda: C(compresslevel=3)); t(lambda: C(1,2)); t(lambda: D(1)); t(lambda: D(x=1))
c=C(); t(lambda: c.compress('x')); print(c.compress(b'abc')); x=c.flush(); print(x.hex()); t(lambda: c.flush()); t(lambda: c.compress(b'a'))
t(lambda: pickle.dumps(C())); t(lambda: pickle.dumps(D()))
d=D(); print(d.eof, d.unused_data, d.needs_input)
print(d.decompress(x+b'extra'), d.eof, d.unused_data, d.needs_input)
t(lambda: d.decompress(b'x'))
d=D(); t(lambda: d.decompress(b'garbage data'))
t(lambda: d.decompress(b'x'))
d=D(); t(lambda: d.decompress(x, -5)); t(lambda: d.decompress(x, max_length=2)); print(d.needs_input, d.eof)
t(lambda: D().decompress(data=b''))
try:
    class S(C): pass
except TypeError as e: print(e)
t(lambda: setattr(D(), 'eof', 1))
t(lambda: D().decompress(x[:-3]))
data = bytes(range(256))*400
x = bz2.compress(data)
d=D()
r=d.decompress(x, 10); print(len(r), d.needs_input, d.eof)
r=d.decompress(b'', 0); print(len(r), d.needs_input, d.eof)
r=d.decompress(b'', 100000); print(len(r), d.needs_input, d.eof)
r=d.decompress(b'', 100000); print(len(r), d.needs_input, d.eof)
d=D()
r=d.decompress(x[:100]); print(len(r), d.needs_input, d.eof)
r=d.decompress(x[100:], 50000); print(len(r), d.needs_input, d.eof)
r=d.decompress(b'', 52400); print(len(r), d.needs_input, d.eof, d.unused_data)
d=D(); t(lambda: d.decompress(b'BZh9garbage data here')); print(d.needs_input, d.eof, d.unused_data)
t(lambda: d.decompress(b''))
x=bz2.compress(b'hello'*1000)
d=D(); t(lambda: d.decompress(x[:20])); print(d.needs_input); t(lambda: d.decompress(b'\x00'*50)); print(d.needs_input)
c=C(); c.compress(b'abc'); c.__init__(1); print(c.flush().hex())
d=D(); print(d.decompress(x[:-10])[:5], d.needs_input); d.__init__(); print(d.needs_input, d.eof); t(lambda: d.decompress(x)[:5])
t(lambda: D().decompress(b'', max_length=2**70))
t(lambda: D().decompress(b'', 'a'))
t(lambda: C().compress())
t(lambda: C().flush(1))
print(D().unused_data.__class__, type(D().eof), type(D().needs_input))
t(lambda: D().decompress(b'BZh0'))
for lvl in range(1, 10):
    c = C(lvl); s = c.compress(data) + c.compress(bytearray(b'xyz')) + c.compress(memoryview(data)[:999]) + c.flush()
    print(lvl, len(s), s[:4], bz2.decompress(s) == data + b'xyz' + data[:999])
print(bz2.decompress(bz2.compress(b'a') + bz2.compress(b'b')))
t(lambda: bz2.decompress(bz2.compress(b'a')[:-2]))
t(lambda: bz2.decompress(b'BZh9x'))
t(lambda: bz2.compress(b'', 0))
print(bz2.compress(b'').hex())
# feeding byte by byte
s = bz2.compress(data[:5000])
d = D(); out = b''.join(d.decompress(s[i:i+1]) for i in range(len(s)))
print(out == data[:5000], d.eof, d.needs_input)
d = D(); out = []
chunk = d.decompress(s + b'TAIL', 777)
while True:
    out.append(chunk)
    if d.eof: break
    chunk = d.decompress(b'', 777)
print(b''.join(out) == data[:5000], max(map(len, out)), d.unused_data)
