# Slices whose step is near sys.maxsize (or beyond): reading, assigning and
# deleting on every sequence type must clamp like CPython, never overflow.
import array
import sys
from collections import deque

steps = [1 << 333, sys.maxsize, sys.maxsize - 1, -(1 << 333), -sys.maxsize, 1 << 62]
makers = [list, tuple, str, bytes, bytearray, lambda r: array.array("i", r), lambda r: r]


def seq(maker):
    if maker in (str,):
        return "abcdefghij"
    if maker in (bytes, bytearray):
        return maker(b"abcdefghij")
    return maker(range(10))


for maker in makers:
    for st in steps:
        for start in (None, 0, 5, 9, -1):
            s = seq(maker)
            print(type(s).__name__, st, start, s[start::st], s[start:None:st] == s[slice(start, None, st)])
    print(memoryview(b"abcdefghij")[9::1 << 333].tobytes(), memoryview(b"abcdefghij")[::-(1 << 70)].tobytes())

for maker in (list, bytearray, lambda r: array.array("i", r)):
    for st in steps:
        for start in (None, 0, 5, 9, -1):
            s = seq(maker)
            del s[start::st]
            print("del", type(s).__name__, st, start, s)
            s = seq(maker)
            n = len(s[start::st])
            try:
                if isinstance(s, bytearray):
                    s[start::st] = b"Z" * n
                elif isinstance(s, array.array):
                    s[start::st] = array.array("i", [-1] * n)
                else:
                    s[start::st] = ["Z"] * n
            except ValueError as e:
                print("ValueError", e)
            print("set", type(s).__name__, st, start, s)

m = bytearray(b"abcdefghij")
mv = memoryview(m)
mv[9::1 << 333] = b"Q"
print(m)
print(list(range(10))[9::1 << 333], range(0, 10)[::-(1 << 333)], range(5, 100, 7)[2::1 << 64])
print(slice(9, None, 1 << 333).indices(10), slice(None, None, -(1 << 333)).indices(10))
