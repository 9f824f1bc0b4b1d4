# Protocol 5 out-of-band buffers and PickleBuffer.
import pickle, pickletools

b = pickle.PickleBuffer(b'abcdef')
print(bytes(b), b.raw().tobytes(), b.raw().readonly, b.raw().format)
ba = bytearray(b'xyz')
pb = pickle.PickleBuffer(ba)
m = pb.raw()
m[0] = ord('X')
print(ba, m.readonly)
mv = memoryview(b'0123456789')[::2]
try:
    pickle.PickleBuffer(mv).raw()
except BufferError as e:
    print('BufferError', e)
pb.release()
try:
    pb.raw()
except ValueError as e:
    print('ValueError', e)

for data in (b'readonly', bytearray(b'writable')):
    buf = pickle.PickleBuffer(data)
    inband = pickle.dumps(buf, 5)
    pickletools.dis(inband)
    print(repr(pickle.loads(inband)))
    bufs = []
    oob = pickle.dumps([buf, 'x'], 5, buffer_callback=bufs.append)
    print(oob, len(bufs))
    out = pickle.loads(oob, buffers=bufs)
    print(type(out[0]).__name__, bytes(out[0]), memoryview(out[0]).readonly)
    try:
        pickle.loads(oob)
    except pickle.UnpicklingError as e:
        print(e)
    try:
        pickle.loads(oob, buffers=[])
    except pickle.UnpicklingError as e:
        print(e)
    kept = pickle.dumps(buf, 5, buffer_callback=lambda b: True)
    print(kept == inband)
for proto in (0, 2, 4, 5):
    print(proto, pickle.dumps(bytearray(b'ab'), proto))
