# Iterating bytes/bytearray yields ints; conversions between them.
b = b"Hi\x00\xff"
print(list(b), list(bytearray(b)), [hex(x) for x in b], sum(b), max(b), min(b), sorted(b, reverse=True))
it = iter(b)
print(next(it), next(it), list(it), list(it))
ba = bytearray(b"abc")
it = iter(ba)
print(next(it))
ba.append(100)
print(list(it), list(reversed(ba)), bytes(reversed(b)), bytearray(reversed(ba)))
print(b"abc" == bytes([97, 98, 99]), bytes(map(lambda x: x + 1, b"HAL")), bytes(x for x in range(3)), tuple(memoryview(b"xy")))
print(len(b), b.count(0), b.index(255), 0 in b, 256 in range(256), b"\xff"[0])
