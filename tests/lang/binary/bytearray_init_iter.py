# bytearray(iterable) appends as it goes: a generator looking at the
# bytearray mid-way sees the items so far, and the allocation is CPython's.
b = bytearray()
allocs = []
def g():
    for i in range(1, 20):
        yield i
        allocs.append((len(b), b.__alloc__() > len(b)))
b.__init__(g())
print(allocs)
print(len(b), b.__alloc__() > len(b))
c = bytearray()
print(c.__alloc__())
c.append(1)
print(c.__alloc__() > 1)
import sys
for src in (iter([1, 2, 3]), (x for x in range(5)), range(300), "ab", 5.0, [1, 300], iter([1, -1]), iter(["a"]), {1: 2}, set([3])):
    try:
        b = bytearray(src)
        print(len(b), b[:5], sys.getsizeof(b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = bytearray(b"xyz")
try:
    b.__init__(iter([1, 2, 999]))
except ValueError as e:
    print("ValueError", e, b)
