# sys.getsizeof for bytes, bytearray and memoryview.
import sys

def report(label, obj):
    print(label, len(obj), sys.getsizeof(obj), obj.__sizeof__())

report("bytes-empty", b"")
report("bytes-1", b"a")
report("bytes-10", b"0123456789")
report("bytes-1000", b"x" * 1000)
report("bytes-join", b",".join([b"a", b"bc", b"def"]))
report("bytes-encode", "caf\xe9".encode("utf-8"))
report("bytes-fromhex", bytes.fromhex("deadbeef"))
report("bytes-from-list", bytes([1, 2, 3]))

report("ba-empty", bytearray())
report("ba-3", bytearray(b"abc"))
report("ba-zeros", bytearray(100))
report("ba-copy", bytearray(b"hello").copy())

ba = bytearray()
sizes = []
for i in range(64):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sizes)

ba = bytearray(b"x" * 64)
del ba[:60]
report("ba-shrunk", ba)
ba.clear()
report("ba-cleared", ba)
ba.extend(b"abcdefgh" * 4)
report("ba-extended", ba)
ba = bytearray(b"ab") * 10
report("ba-mul", ba)
ba += b"tail"
report("ba-iadd", ba)

report("mv-bytes", memoryview(b"abc"))
report("mv-empty", memoryview(b""))
report("mv-ba", memoryview(bytearray(50)))
mv = memoryview(b"0123456789")
report("mv-slice", mv[2:5])
report("mv-cast", mv.cast("B", (2, 5)))
mv.release()
try:
    sys.getsizeof(mv)
    print("released sizeof ok")
except Exception as e:
    print(type(e).__name__, e)

class MyBytes(bytes):
    pass

print(sys.getsizeof(MyBytes(b"abc")) - sys.getsizeof(b"abc"))

# bytearray built from iterators grows like append(); lists/tuples are exact
for label, src in [("range", range(100)), ("list", list(range(100))), ("tuple", tuple(range(10))),
                   ("iter", iter(b"abcdefghijklmnop")), ("gen", (x for x in range(37))),
                   ("set", {5}), ("dict", {1: 2, 3: 4}), ("empty-iter", iter([]))]:
    print(label, sys.getsizeof(bytearray(src)))

# popping from the front eventually releases memory
ba = bytearray(range(100))
seen = []
while ba:
    del ba[0]
    size = sys.getsizeof(ba)
    if not seen or seen[-1] != size:
        seen.append(size)
print(seen)

ba = bytearray(range(40))
while len(ba) > 3:
    ba[:2] = b"z"
print(ba, sys.getsizeof(ba))
print(repr(bytearray(b"it's")), repr(bytearray(b"'\"")), repr(b"it's"))
