# bytearray and memoryview: exports lock resizing; repr; sizes.
import sys
ba = bytearray(b"abc")
m = memoryview(ba)
for op in [lambda: ba.append(1), lambda: ba.extend(b"x"), lambda: ba.pop(), lambda: ba.clear(),
           lambda: ba.__setitem__(slice(0, 1), b"xy"), lambda: ba.__delitem__(0), lambda: ba.__iadd__(b"z")]:
    try:
        op()
        print("ok", ba)
    except BufferError as e:
        print("BufferError", e)
ba[0:1] = b"z"
m[1] = 89
print(ba, m.tobytes())
m.release()
ba.append(100)
print(ba)
with memoryview(ba) as mv:
    mv[0] = ord("Z")
print(ba, repr(bytearray()), repr(bytearray(b"'\"")))
class MyBA(bytearray):
    pass
print(repr(MyBA(b"sub")), MyBA(b"x") == b"x")
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(100)))
g = bytearray()
sizes = []
for i in range(20):
    g.append(65)
    sizes.append(sys.getsizeof(g))
print(sizes)
g = bytearray(100)
del g[10:]
print(sys.getsizeof(g), g.__alloc__() >= len(g))
h = bytearray(b"abcdefgh")
del h[:4]
print(h, sys.getsizeof(h))
print(bytearray(b"ab").__reduce__(), bytearray(b"\xff").__reduce__())
